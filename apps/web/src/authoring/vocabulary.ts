import type { EffortMarker } from './content-types';

/** Words for the marks of customer effort a designed friction item carries. */
export const EFFORT_NAMES: Record<EffortMarker, string> = {
  wait: 'Waiting',
  'repeat-information': 'Repeating information',
  'channel-switch': 'Switching channels',
  transfer: 'Being transferred',
  'generic-answer': 'A generic answer',
  'repeat-contact': 'Having to get in touch again',
  error: 'An error',
  'hidden-cost': 'A hidden cost',
  'unclear-information': 'Unclear information',
  'extra-step': 'An extra step',
  'policy-wall': 'A policy wall',
};
