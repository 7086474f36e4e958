export * from './reporting.module';
export * from './reporting-worker.module';
export * from './report-grouping';
export * from './programme-stats.service';
export * from './retention.service';
export * from './plan-progress.service';
export * from './report-tables.service';
export * from './refresh/report-refresh.service';
export { REPORT_REFRESH_SCHEDULE } from './refresh/report-refresh.processor';
