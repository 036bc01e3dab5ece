import type { RecallContent } from './content.js';
import { RECALL_ELEMENTS, RECALL_JOURNEY_STAGES } from './taxonomy.js';

/** A small but complete recall module, used by the tests and as an example for authors. */
export const recallSample: RecallContent = {
  intro:
    'Every one of us is somebody else\'s customer every day. In this exercise you go back to two moments you lived as a customer, one that went wonderfully and one that went badly, and take them apart to see what made them work or hurt. Then you look at our own customers\' journey with the same eyes.',
  bestPrompt:
    'Think of the best experience you have had as a customer, anywhere: a shop, a hotel, a helpline, an app. Pick one you still remember clearly. What happened?',
  worstPrompt:
    'Now think of the worst experience you have had as a customer. Not a mild annoyance: one that still makes you tense when you think of it. What happened?',
  elements: RECALL_ELEMENTS,
  minElements: 2,
  whyItStuckPrompt:
    'Why has this stayed with you? Think of the most intense moment and of how it ended: was there a moment of surprise, of being understood, of feeling small?',
  journeyStages: RECALL_JOURNEY_STAGES,
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
