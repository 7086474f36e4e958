import { Module } from '@nestjs/common';
import { AgenciesModule } from '@carebridge/agencies';
import { PlacesModule } from '@carebridge/places';
import { JobFairsResolver } from './jobfairs.resolver';
import { JobFairsService } from './jobfairs.service';

@Module({ imports: [PlacesModule, AgenciesModule], providers: [JobFairsService, JobFairsResolver], exports: [JobFairsService] })
export class JobFairsModule {}
