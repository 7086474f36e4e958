import { Module } from '@nestjs/common';
import { AgenciesModule } from '@carebridge/agencies';
import { DemandModule } from '@carebridge/demand';
import { JobFairsModule } from '@carebridge/jobfairs';
import { PlacesModule } from '@carebridge/places';
import { TraineesModule } from '@carebridge/trainees';
import { PlacementsLoaders } from './placements.loaders';
import { PlacementsResolver, TraineePlacementsResolver, WageRecordResolver } from './placements.resolver';
import { PlacementsService } from './placements.service';
import { WagesService } from './wages.service';

@Module({
  imports: [PlacesModule, AgenciesModule, DemandModule, JobFairsModule, TraineesModule],
  providers: [PlacementsService, WagesService, PlacementsLoaders, PlacementsResolver, WageRecordResolver, TraineePlacementsResolver],
  exports: [PlacementsService],
})
export class PlacementsModule {}
