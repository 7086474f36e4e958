export * from './placements.module';
export * from './placements.service';
export * from './models/placement.model';
export * from './dto/placement.input';
export * from './placement.rules';
