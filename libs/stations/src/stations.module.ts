import { Module } from '@nestjs/common';
import { AgenciesModule } from '@carebridge/agencies';
import { PlacesModule } from '@carebridge/places';
import { FollowUpsCoreModule } from './follow-ups-core.module';
import { FollowUpsResolver } from './follow-ups/follow-ups.resolver';
import { FollowUpsService } from './follow-ups/follow-ups.service';
import { PoliciesResolver } from './policies/policies.resolver';
import { AgencyRecordResolver } from './rights/agency-record.resolver';
import { AgencyRecordService } from './rights/agency-record.service';
import { AgencyRightsCasesResolver, RightsCasesResolver } from './rights/rights-cases.resolver';
import { RightsCasesService } from './rights/rights-cases.service';
import { StationsLoaders } from './stations.loaders';
import { StationCoverageResolver, StationsResolver } from './stations/stations.resolver';
import { StationsService } from './stations/stations.service';

/** The API's side of service stations: stations, follow-up visits, rights cases and agency records. */
@Module({
  imports: [FollowUpsCoreModule, PlacesModule, AgenciesModule],
  providers: [
    StationsService,
    StationsResolver,
    StationCoverageResolver,
    FollowUpsService,
    FollowUpsResolver,
    RightsCasesService,
    RightsCasesResolver,
    AgencyRightsCasesResolver,
    AgencyRecordService,
    AgencyRecordResolver,
    PoliciesResolver,
    StationsLoaders,
  ],
  exports: [AgencyRecordService],
})
export class StationsModule {}
