export * from './subsidies.module';
export * from './subsidies-worker.module';
export * from './subsidies.service';
export * from './subsidy-eligibility.service';
export * from './subsidy-eligibility.processor';
export * from './models/subsidy.model';
export * from './dto/subsidy.input';
