export * from './trainees.module';
export * from './trainees.service';
export * from './trainee-status.service';
export * from './models/trainee.model';
