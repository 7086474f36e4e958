import { Module } from '@nestjs/common';
import { SubsidiesService } from './subsidies.service';
import { SubsidyApplicationsResolver, SubsidyPoliciesResolver } from './subsidies.resolver';

/** The API's side of employment subsidies: policies, applications, review and payment. */
@Module({ providers: [SubsidiesService, SubsidyPoliciesResolver, SubsidyApplicationsResolver], exports: [SubsidiesService] })
export class SubsidiesModule {}
