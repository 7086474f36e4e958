import { Module } from '@nestjs/common';
import { FollowUpsCoreModule } from './follow-ups-core.module';
import { CaseDeadlines } from './jobs/case-deadlines.service';
import { FollowUpReconciler } from './jobs/follow-up-reconciler.service';
import { FollowUpsProcessor } from './jobs/follow-ups.processor';
import { RightsCasesProcessor } from './jobs/rights-cases.processor';
import { VisitAlerts } from './jobs/visit-alerts.service';

/** The worker's side: the `follow-ups` and `rights-cases` queues, their alerts and the reconciler. */
@Module({
  imports: [FollowUpsCoreModule],
  providers: [FollowUpsProcessor, RightsCasesProcessor, FollowUpReconciler, VisitAlerts, CaseDeadlines],
  exports: [FollowUpReconciler],
})
export class FollowUpsWorkerModule {}
