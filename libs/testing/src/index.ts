export * from './database';
export * from './test-api';
export * from './factories';
export * from './test-worker';
