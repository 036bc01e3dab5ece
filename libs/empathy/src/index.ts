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
export { analyzeReply } from './analyze.js';
