export * from './organizations.js';
export * from './validation.js';
export * from './validation-messages.js';
export * from './ideas.js';
export * from './pipeline.js';
export * from './partners.js';
export * from './courses.js';
export * from './surveys.js';
