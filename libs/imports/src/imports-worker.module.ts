import { Module } from '@nestjs/common';
import { TraineeImportProcessor } from './trainee-import.processor';
import { TraineeImportService } from './trainee-import.service';

/** The worker's side of imports: the `imports` queue's processor. */
@Module({ providers: [TraineeImportProcessor, TraineeImportService], exports: [TraineeImportService] })
export class ImportsWorkerModule {}
