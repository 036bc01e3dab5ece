// First, crude version: fixed patterns only. Replaced by the rule-based analyzer below it in later commits.
import type { EmpathyAnalysis, EmpathyEvidence, EmpathyInput, EmpathySignal, EmpathySignals } from './types.js';

const PATTERNS: Record<EmpathySignal, RegExp> = {
  emotion: /\b(must be|sounds (so )?(frustrating|stressful|upsetting)|understand why you|sorry you)\b/i,
  reflection: /\b(so you|it sounds like|if i understand|what i'm hearing)\b/i,
  exploration: /\b(tell me more|how (has|did|are|is) |what happened)\b/i,
  upsell: /\b(upgrade|premium|add-on|promotion|special offer|plan for just)\b/i,
  dismissal: /\b(calm down|our policy|you should have|works for everyone)\b/i,
};

export function analyzeReply({ customer: _customer, reply }: EmpathyInput): EmpathyAnalysis {
  const text = typeof reply === 'string' ? reply : '';
  const signals = { emotion: false, reflection: false, exploration: false, upsell: false, dismissal: false } as EmpathySignals;
  const evidence: EmpathyEvidence[] = [];
  for (const signal of Object.keys(PATTERNS) as EmpathySignal[]) {
    const m = PATTERNS[signal].exec(text);
    if (m) {
      signals[signal] = true;
      evidence.push({ signal, start: m.index, end: m.index + m[0].length, text: m[0] });
    }
  }
  const raw = 10 + 35 * +signals.emotion + 30 * +signals.reflection + 25 * +signals.exploration - 30 * +signals.upsell - 40 * +signals.dismissal;
  const score = Math.max(0, Math.min(100, raw));
  const suggestion = !signals.emotion
    ? 'Name the feeling you hear before moving to a fix.'
    : !signals.reflection
      ? 'Say back what happened in your own words.'
      : 'Ask an open question about their experience.';
  return { score, signals, evidence, suggestion };
}
