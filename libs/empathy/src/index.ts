/**
 * Footsteps empathy analyzer. `analyzeReply({ customer, reply })` reports which empathic moves a
 * learner's reply makes (emotion, reflection, exploration) and which it should avoid (upsell,
 * dismissal), the words that earned each one, a 0-100 score and one suggestion.
 */
export type {
  EmpathySignal,
  EmpathySignals,
  EmpathyEvidence,
  EmpathyInput,
  EmpathyAnalysis,
  PositiveSignal,
  NegativeSignal,
} from './types.js';
export { EMPATHY_SIGNALS } from './types.js';
export { analyzeReply, EMPATHY_SCORE_WEIGHTS, EMPATHY_MAX_TEXT_LENGTH } from './analyze.js';
