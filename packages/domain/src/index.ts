export * from './organizations.js';
export * from './validation.js';
