export * from './result.js';
export * from './context.js';
export * from './recall/content.js';
export * from './recall/sample.js';
export * from './purchase-flow/content.js';
export * from './purchase-flow/sample.js';
export * from './active-listening/content.js';
export * from './active-listening/sample.js';
