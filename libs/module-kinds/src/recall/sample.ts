import type { RecallContent } from './content.js';

/** A small but complete recall module, used by the tests and as an example for authors. */
export const recallSample: RecallContent = {
  intro:
    'Every one of us is somebody else\'s customer every day. In this exercise you go back to two moments you lived as a customer, one that went wonderfully and one that went badly, and take them apart to see what made them work or hurt. Then you look at our own customers\' journey with the same eyes.',
  bestPrompt:
    'Think of the best experience you have had as a customer, anywhere: a shop, a hotel, a helpline, an app. Pick one you still remember clearly. What happened?',
  worstPrompt:
    'Now think of the worst experience you have had as a customer. Not a mild annoyance: one that still makes you tense when you think of it. What happened?',
  elements: [
    { key: 'speed', label: 'Speed', hint: 'How long did you wait, and did the wait feel fair?' },
    { key: 'attitude', label: 'Attitude', hint: 'Did the people seem to care about you, or about getting rid of you?' },
    { key: 'knowledge', label: 'Knowledge', hint: 'Did they know their product and your situation, or guess?' },
    { key: 'effort', label: 'Effort', hint: 'How much did you have to do: repeat yourself, switch channels, chase them?' },
    { key: 'personal-touch', label: 'Personal touch', hint: 'Were you treated as a person with a name and a story?' },
    { key: 'fairness', label: 'Fairness and trust', hint: 'Were the rules clear, the price honest, the promise kept?' },
    { key: 'follow-through', label: 'Follow-through', hint: 'Did someone own the problem until it was solved, and tell you?' },
    { key: 'environment', label: 'Environment', hint: 'The place, the screen, the sound of the call: did it help or get in the way?' },
  ],
  minElements: 2,
  whyItStuckPrompt:
    'Why has this stayed with you? Think of the most intense moment and of how it ended: was there a moment of surprise, of being understood, of feeling small?',
  journeyStages: [
    { key: 'discover', label: 'Finding out about us' },
    { key: 'buy', label: 'Buying or signing up' },
    { key: 'onboarding', label: 'Getting started' },
    { key: 'billing', label: 'Bills and payments' },
    { key: 'support', label: 'Getting help' },
    { key: 'leaving', label: 'Leaving or cancelling' },
  ],
  reflectionPrompts: [
    'Has our organization created an experience like your best or your worst one for a customer of ours?',
    'Where in our customers\' journey does it happen, and which team shapes that moment?',
  ],
  analogousIndustries: ['Hotels', 'Airlines', 'Hospitals', 'Restaurants', 'Car repair'],
  analogyPrompt:
    'Which other industry faces a moment like this one, and what could we learn from how the best of them handle it?',
  actionPrompt:
    'Name one concrete thing you will do differently in your own work in the next few weeks, small enough to actually do.',
  sharingPrompt:
    'Stories move people more than statistics. May we add your story, without your name or any detail that identifies you or the business, to our organization\'s story library?',
};
