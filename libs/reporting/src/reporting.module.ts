import { Module } from '@nestjs/common';
import { PlanProgressService } from './plan-progress.service';
import { PlansResolver } from './plans.resolver';
import { ProgrammeStatsService } from './programme-stats.service';
import { ReportRefreshService } from './refresh/report-refresh.service';
import { ReportLabelsService } from './report-labels.service';
import { ReportTablesService } from './report-tables.service';
import { ReportsResolver } from './reports.resolver';
import { RetentionResolver } from './retention.resolver';
import { RetentionService } from './retention.service';

const services = [ReportRefreshService, ReportLabelsService, ProgrammeStatsService, RetentionService, PlanProgressService, ReportTablesService];

/** The API's reports: programmeStats, retention, plans and planProgress; the tables the xlsx export writes. */
@Module({ providers: [...services, ReportsResolver, RetentionResolver, PlansResolver], exports: services })
export class ReportingModule {}
