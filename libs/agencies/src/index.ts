export * from './agencies.module';
export * from './agencies.service';
export * from './agreements.service';
export * from './households.service';
export * from './agencies.loaders';
export * from './models/agency.model';
export * from './models/agreement.model';
export * from './models/household.model';
