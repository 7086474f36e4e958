import { Module } from '@nestjs/common';
import { PlacesModule } from '@carebridge/places';
import { AgenciesLoaders } from './agencies.loaders';
import { AgenciesResolver } from './agencies.resolver';
import { AgenciesService } from './agencies.service';
import { AgencyPhoneSealer } from './agency-phone.sealer';
import { AgreementsResolver } from './agreements.resolver';
import { AgreementsService } from './agreements.service';
import { HouseholdsResolver } from './households.resolver';
import { HouseholdsService } from './households.service';

/** Employers: agencies with their cooperation agreements, and households that hire directly. */
@Module({
  imports: [PlacesModule],
  providers: [AgenciesService, AgenciesResolver, AgencyPhoneSealer, AgreementsService, AgreementsResolver, HouseholdsService, HouseholdsResolver, AgenciesLoaders],
  exports: [AgenciesService, AgreementsService, HouseholdsService, AgenciesLoaders],
})
export class AgenciesModule {}
