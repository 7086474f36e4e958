import { Module } from '@nestjs/common';
import { AgenciesModule } from '@carebridge/agencies';
import { PlacementsModule } from '@carebridge/placements';
import { PlacesModule } from '@carebridge/places';
import { MatchingPolicyResolver } from './matching-policy.resolver';
import { MatchingPolicyService } from './matching-policy.service';
import { MatchingRunsResolver } from './matching-runs.resolver';
import { MatchingRunsService } from './matching-runs.service';
import { ProposalExpiry } from './proposal-expiry.service';
import { ProposalsLoaders } from './proposals.loaders';
import { ProposedDemandResolver, ProposalsResolver } from './proposals.resolver';
import { ProposalsService } from './proposals.service';

/** The API's side of matching: asking for runs, reading proposals and answering them, the policy. */
@Module({
  imports: [PlacesModule, AgenciesModule, PlacementsModule],
  providers: [
    MatchingRunsService,
    MatchingRunsResolver,
    MatchingPolicyService,
    MatchingPolicyResolver,
    ProposalsService,
    ProposalsLoaders,
    ProposalsResolver,
    ProposedDemandResolver,
    ProposalExpiry,
  ],
})
export class MatchingModule {}
