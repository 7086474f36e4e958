export * from './local-date';
export * from './resident-id';
export * from './phone';
export * from './masking';
export * from './lvliang-counties';
export * from './money';
