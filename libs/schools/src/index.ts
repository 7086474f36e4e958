export * from './schools.module';
export * from './schools.service';
export * from './models/school.model';
