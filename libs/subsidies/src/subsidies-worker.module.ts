import { Module } from '@nestjs/common';
import { SubsidyEligibilityProcessor } from './subsidy-eligibility.processor';
import { SubsidyEligibilityService } from './subsidy-eligibility.service';

/** The worker's side of subsidies: the `subsidies` queue's processor and its monthly schedule. */
@Module({ providers: [SubsidyEligibilityProcessor, SubsidyEligibilityService] })
export class SubsidiesWorkerModule {}
