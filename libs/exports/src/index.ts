export * from './exports.module';
export * from './export-kinds';
export * from './export-kind';
export * from './export-filter';
export * from './xlsx-stream';
