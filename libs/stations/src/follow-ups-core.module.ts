import { Global, Module } from '@nestjs/common';
import { FollowUpPlanner } from './follow-ups/follow-up-planner.service';
import { StaffAlerts } from './follow-ups/staff-alerts.service';
import { FollowUpPoliciesService } from './policies/policies.service';
import { RightsCaseWriter } from './rights/rights-case-writer.service';
import { StationCoverageService } from './stations/station-coverage.service';

/**
 * What both the API and the worker use to keep plans and cases: the planner, coverage, policies,
 * the case writer and staff alerts. Global, so the placements module calls FollowUpPlanner from
 * its transactions without importing this library's module (which would make the two depend on
 * each other).
 */
@Global()
@Module({
  providers: [FollowUpPlanner, StationCoverageService, FollowUpPoliciesService, RightsCaseWriter, StaffAlerts],
  exports: [FollowUpPlanner, StationCoverageService, FollowUpPoliciesService, RightsCaseWriter, StaffAlerts],
})
export class FollowUpsCoreModule {}
