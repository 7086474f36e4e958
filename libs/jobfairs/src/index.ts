export * from './jobfairs.module';
export * from './jobfairs.service';
export * from './models/job-fair.model';
