export * from './billing';
export * from './mail';
export * from './plans';
export * from './settings';
export * from './tenants';
export * from './users';
