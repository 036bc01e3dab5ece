import type { EffortMarker, PainPointEmotion, Severity } from '../../kinds';

/*
 * The words of the purchase-flow kind, as the learner reads them. The keys are the kind's own
 * (libs/module-kinds/src/purchase-flow); the type checks below fail the build if the kind adds
 * one these lists do not cover.
 */

export const SEVERITIES: Record<number, { label: string; hint: string }> = {
  1: { label: 'Cosmetic', hint: 'Noticed, but it hardly slows the customer down' },
  2: { label: 'Minor', hint: 'An irritation the customer works around' },
  3: { label: 'Moderate', hint: 'Costs real time, money or patience' },
  4: { label: 'Major', hint: 'The customer may give up or call for help' },
  5: { label: 'Catastrophe', hint: 'The customer cannot go on, or will leave us' },
} satisfies Record<Severity, { label: string; hint: string }>;

export const PAIN_EMOTIONS = [
  'frustrated',
  'confused',
  'anxious',
  'annoyed',
  'angry',
  'disappointed',
  'helpless',
  'impatient',
  'distrustful',
  'embarrassed',
  'overwhelmed',
  'ignored',
] as const satisfies readonly PainPointEmotion[];
export const EVERY_EMOTION_LISTED: [Exclude<PainPointEmotion, (typeof PAIN_EMOTIONS)[number]>] extends [never]
  ? true
  : false = true;

export const EMOTION_SCALE = [-2, -1, 0, 1, 2] as const;
export const EMOTION_WORDS: Record<number, string> = {
  [-2]: 'Very upset',
  [-1]: 'Unhappy',
  0: 'Neutral',
  1: 'Satisfied',
  2: 'Delighted',
};

export function signed(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `−${Math.abs(n)}` : '0';
}

export const EFFORT_WORDS: Record<EffortMarker, string> = {
  wait: 'waiting',
  'repeat-information': 'repeating information',
  'channel-switch': 'switching channels',
  transfer: 'being passed on',
  'generic-answer': 'a generic answer',
  'repeat-contact': 'having to get in touch again',
  error: 'a mistake',
  'hidden-cost': 'a hidden cost',
  'unclear-information': 'unclear information',
  'extra-step': 'an extra step',
  'policy-wall': 'a policy wall',
};

/**
 * "Discover: searching at 22:40" reads "Discover" on a chart axis, and "Installation and first
 * wash" reads "Installation": an axis has room for a word or two, the table has the rest.
 */
export function shortStageLabel(label: string): string {
  const head = (label.split(':')[0] ?? label).trim();
  if (head.length <= 12) return head;
  const first = head.split(/\s+/)[0] ?? head;
  return first.length <= 14 ? first : `${first.slice(0, 12)}…`;
}
