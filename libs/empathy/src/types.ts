/** The five moves the analyzer looks for in a learner's reply. */
export type EmpathySignal = 'emotion' | 'reflection' | 'exploration' | 'upsell' | 'dismissal';

/** The positive moves: they raise the score. */
export type PositiveSignal = 'emotion' | 'reflection' | 'exploration';
/** The negative moves: they lower the score. */
export type NegativeSignal = 'upsell' | 'dismissal';

/** Which signals were found in a reply. */
export type EmpathySignals = Record<EmpathySignal, boolean>;

/** A span of the reply (UTF-16 offsets, end exclusive) that earned a signal. */
export interface EmpathyEvidence {
  signal: EmpathySignal;
  start: number;
  end: number;
  text: string;
}

/** What the customer said and what the learner replied. */
export interface EmpathyInput {
  customer: string;
  reply: string;
}

/** The analyzer's verdict on one reply. */
export interface EmpathyAnalysis {
  /** 0-100, rises with emotion, reflection and exploration, falls with upsell and dismissal. */
  score: number;
  signals: EmpathySignals;
  evidence: EmpathyEvidence[];
  /** One sentence naming the most useful missing move. */
  suggestion: string;
}

export const EMPATHY_SIGNALS: readonly EmpathySignal[] = [
  'emotion',
  'reflection',
  'exploration',
  'upsell',
  'dismissal',
] as const;
