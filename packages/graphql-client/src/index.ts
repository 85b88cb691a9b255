export * from './executor.js';
export * from './generated.js';
