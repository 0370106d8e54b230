export * from './plans';
export * from './settings';
export * from './tenants';
export * from './users';
export * from './health';
