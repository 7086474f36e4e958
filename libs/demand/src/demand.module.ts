import { Module } from '@nestjs/common';
import { AgenciesModule } from '@carebridge/agencies';
import { PlacesModule } from '@carebridge/places';
import { DemandExpiryService } from './demand-expiry.service';
import { DemandPolicyResolver } from './demand-policy.resolver';
import { DemandPolicyService } from './demand-policy.service';
import { DemandSlotsService } from './demand-slots.service';
import { DemandResolver } from './demand.resolver';
import { DemandService } from './demand.service';

/** Job demand (用工需求): posting under the equal-employment rules, slots for placements, expiry. */
@Module({
  imports: [PlacesModule, AgenciesModule],
  providers: [DemandService, DemandResolver, DemandPolicyService, DemandPolicyResolver, DemandSlotsService, DemandExpiryService],
  exports: [DemandService, DemandPolicyService, DemandSlotsService, DemandExpiryService],
})
export class DemandModule {}
