export * from './backups';
export * from './database-servers';
export * from './plans';
export * from './settings';
export * from './tenants';
export * from './users';
export * from './tenant-moves';
export * from './health';
