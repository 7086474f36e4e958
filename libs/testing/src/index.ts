export * from './database';
export * from './test-api';
export * from './factories';
