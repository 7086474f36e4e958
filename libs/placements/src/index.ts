export * from './placements.module';
export * from './placements.service';
export * from './models/placement.model';
