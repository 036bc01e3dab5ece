import type { LibraryCourse } from './types.js';

// Every course opens with a recall module: learners first feel, from their own memories, what
// the course is about, then practise it. Modules of the same kind follow from the most familiar
// situation to the hardest one.

/** For everyone, whatever their role: the first course a new organization assigns. */
export const customerEmpathyFoundations: LibraryCourse = {
  slug: 'customer-empathy-foundations',
  title: 'Walking in our customers\' footsteps',
  description:
    'A first course for everyone in the organization. You start from your own best and worst experiences as a customer, then walk a customer through a whole purchase and notice every moment that costs her effort, and finish with a real conversation with an upset customer, where listening decides how it ends.',
  outcomes: [
    'Name the elements that make an experience memorable, good or bad, from your own life as a customer',
    'Walk a customer journey from the customer\'s side and spot effort: waiting, repeating yourself, being passed around, hidden costs',
    'Link a pain point to the team whose work produces it, including teams that never meet customers',
    'Hear an upset customer out, say back what you heard, and close with a commitment that has a name and a time',
  ],
  modules: ['recall-best-and-worst', 'journey-washing-machine', 'listening-missing-parcel'],
  completion: { kind: 'all-completed' },
};

/** For customer-facing teams: service recovery through listening. */
export const listeningThatRepairs: LibraryCourse = {
  slug: 'listening-that-repairs',
  title: 'Listening that puts things right',
  description:
    'For everyone who speaks with customers when something has gone wrong. After recalling how companies have recovered, or failed to, with you, you practise three hard conversations: a caller who wants to cancel, a customer embarrassed by the bank\'s mistake, and a shopper who was treated like a thief. Each is scored, with coaching on every move, and you need 60 out of 100 in each to complete the course: retry as often as you like.',
  outcomes: [
    'Open a difficult conversation without policy, blame, a script or a premature fix',
    'Reflect a customer\'s feeling and situation in your own words, and see which words did it',
    'Read cues of voice and body language, and respond to what they tell you',
    'Apologise with ownership and without a "but"',
    'Close with a plan the customer does not have to chase: who, what and when',
  ],
  modules: ['recall-when-it-went-wrong', 'listening-third-call', 'listening-bounced-rent', 'listening-store-alarm'],
  completion: { kind: 'all-completed', minScore: 60 },
};

/** For operations, billing, product and IT: the journey and the teams behind it. */
export const everyTeamShapesTheJourney: LibraryCourse = {
  slug: 'every-team-shapes-the-journey',
  title: 'Every team shapes the journey',
  description:
    'For teams who rarely meet customers: operations, billing, product, IT and everyone behind the scenes. You recall experiences that were decided by a bill, an app or a rule, then take three customers through whole journeys in telecom, software and travel, logging every pain point and the team that owns it. Together, your findings become the organization\'s journey heatmap.',
  outcomes: [
    'Recognise the moments in a customer\'s journey that your own team\'s work produces',
    'Log pain points with a severity, an emotion and the owning team, as a service blueprint would',
    'Explain why effort (channel switches, repeated information, transfers, hidden costs) drives customers away',
    'Commit to one change to something your team makes that a customer will notice',
  ],
  modules: ['recall-behind-the-scenes', 'journey-keep-my-number', 'journey-salon-booking-app', 'journey-wedding-trip'],
  completion: { kind: 'all-completed' },
};

export const LIBRARY_COURSES: LibraryCourse[] = [
  customerEmpathyFoundations,
  listeningThatRepairs,
  everyTeamShapesTheJourney,
];
