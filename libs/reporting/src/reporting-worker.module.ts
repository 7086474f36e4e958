import { Module } from '@nestjs/common';
import { ReportRefreshProcessor } from './refresh/report-refresh.processor';
import { ReportRefreshService } from './refresh/report-refresh.service';

/** The worker's side of reporting: the `reports` queue's processor and its refresh schedule. */
@Module({ providers: [ReportRefreshProcessor, ReportRefreshService] })
export class ReportingWorkerModule {}
