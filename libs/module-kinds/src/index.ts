// The pure domain of Footsteps' exercise kinds: schemas, validation, scoring, progress.
// No framework code here: the API wraps it and the web app imports its types and validators.
export * from './result.js';
export * from './context.js';
export * from './kind.js';
export { wordCount, percentOf, type ChecklistItem } from './scoring.js';
export * from './registry.js';
export * from './progress.js';

export * from './recall/content.js';
export * from './recall/answer.js';
export * from './recall/kind.js';
export * from './recall/tallies.js';
export * from './recall/sample.js';
export * from './recall/taxonomy.js';

export * from './purchase-flow/content.js';
export * from './purchase-flow/answer.js';
export * from './purchase-flow/kind.js';
export * from './purchase-flow/heatmap.js';
export * from './purchase-flow/sample.js';

export * from './active-listening/content.js';
export * from './active-listening/answer.js';
export * from './active-listening/graph.js';
export * from './active-listening/replay.js';
export * from './active-listening/kind.js';
export * from './active-listening/sample.js';
