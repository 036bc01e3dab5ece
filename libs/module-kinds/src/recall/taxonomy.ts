import type { RecallContent } from './content.js';

/**
 * The reusable vocabulary of a recall module: the elements that make or break an experience
 * and the usual stages of a customer's journey. New modules start from it (the authoring
 * template) and the sample uses it; authors adapt it per module. No runtime imports, so the web
 * app can use it without the kinds' validation code.
 */
export const RECALL_ELEMENTS: RecallContent['elements'] = [
  { key: 'speed', label: 'Speed', hint: 'How long did you wait, and did the wait feel fair?' },
  { key: 'attitude', label: 'Attitude', hint: 'Did the people seem to care about you, or about getting rid of you?' },
  { key: 'knowledge', label: 'Knowledge', hint: 'Did they know their product and your situation, or guess?' },
  { key: 'effort', label: 'Effort', hint: 'How much did you have to do: repeat yourself, switch channels, chase them?' },
  { key: 'personal-touch', label: 'Personal touch', hint: 'Were you treated as a person with a name and a story?' },
  { key: 'fairness', label: 'Fairness and trust', hint: 'Were the rules clear, the price honest, the promise kept?' },
  { key: 'follow-through', label: 'Follow-through', hint: 'Did someone own the problem until it was solved, and tell you?' },
  { key: 'environment', label: 'Environment', hint: 'The place, the screen, the sound of the call: did it help or get in the way?' },
];

export const RECALL_JOURNEY_STAGES: RecallContent['journeyStages'] = [
  { key: 'discover', label: 'Finding out about us' },
  { key: 'buy', label: 'Buying or signing up' },
  { key: 'onboarding', label: 'Getting started' },
  { key: 'billing', label: 'Bills and payments' },
  { key: 'support', label: 'Getting help' },
  { key: 'leaving', label: 'Leaving or cancelling' },
];
