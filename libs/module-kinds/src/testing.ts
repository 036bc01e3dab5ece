// Fixtures shared by this library's tests (not exported from the index).
import type { AnalyzeFn, AnswerContext, OwningUnit, ReplyAnalysis, ReplySignal } from './context.js';

export const units: OwningUnit[] = [
  { id: 'u-billing', name: 'Billing', kind: 'department' },
  { id: 'u-web', name: 'Web shop', kind: 'team' },
  { id: 'u-field', name: 'Field installation', kind: 'team' },
];

/**
 * A stand-in analyzer with obvious rules, so tests can steer branches: each positive signal
 * found adds 30 points (from 10), upsell or dismissal takes 40 off.
 */
export const fakeAnalyze: AnalyzeFn = ({ reply }): ReplyAnalysis => {
  const found: Record<ReplySignal, RegExp> = {
    emotion: /\b(frustrat\w*|furious|upset|worried|stressful)\b/i,
    reflection: /\b(so you|you were|you (?:need|gave|stayed))\b/i,
    exploration: /\b(what|how) would\b/i,
    upsell: /\b(upgrade|premium)\b/i,
    dismissal: /\b(policy|calm down|not our fault)\b/i,
  };
  const signals = Object.fromEntries(
    Object.entries(found).map(([s, re]) => [s, re.test(reply)]),
  ) as Record<ReplySignal, boolean>;
  const evidence = Object.entries(found).flatMap(([s, re]) => {
    const m = re.exec(reply);
    return m ? [{ signal: s as ReplySignal, start: m.index, end: m.index + m[0].length, text: m[0] }] : [];
  });
  let score = 10;
  for (const s of ['emotion', 'reflection', 'exploration'] as const) if (signals[s]) score += 30;
  if (signals.upsell || signals.dismissal) score -= 40;
  score = Math.max(0, Math.min(100, score));
  return { score, signals, evidence, suggestion: signals.emotion ? 'Ask what would help.' : 'Name the feeling you hear.' };
};

export const ctx: AnswerContext = { units, analyze: fakeAnalyze };
