import { Module } from '@nestjs/common';
import { TraineeStatusService } from './trainee-status.service';
import { TraineesResolver } from './trainees.resolver';
import { TraineesService } from './trainees.service';

@Module({ providers: [TraineesService, TraineeStatusService, TraineesResolver], exports: [TraineesService, TraineeStatusService] })
export class TraineesModule {}
