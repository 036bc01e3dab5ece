import type { JourneyStageOption } from '#module-kinds';

/**
 * The stages of a customer's journey with any organization, used by every built-in recall
 * module when the learner says where in our own journey an experience could happen. They are
 * shared so that reflections from different modules roll up under the same keys in reports.
 */
export const ORGANIZATION_JOURNEY_STAGES: JourneyStageOption[] = [
  { key: 'discover', label: 'Hearing about us and finding out more' },
  { key: 'compare', label: 'Comparing us with others, choosing' },
  { key: 'buy', label: 'Buying, ordering or signing up' },
  { key: 'pay', label: 'Paying: prices, bills and invoices' },
  { key: 'delivery', label: 'Delivery, installation or getting started' },
  { key: 'use', label: 'Using the product or service day to day' },
  { key: 'support', label: 'Asking for help' },
  { key: 'complaint', label: 'When something goes wrong: complaints and putting it right' },
  { key: 'renew-or-leave', label: 'Renewing, changing, returning or leaving' },
];

/** Industries whose moments resemble ours, offered as suggestions for the analogy step. */
export const ANALOGOUS_INDUSTRIES: string[] = [
  'Airlines',
  'Hotels',
  'Banks',
  'Mobile and broadband providers',
  'Energy and water suppliers',
  'Supermarkets',
  'Online shops',
  'Parcel delivery',
  'Hospitals and GP surgeries',
  'Restaurants and cafés',
  'Car repair garages',
  'Insurance',
  'Public services and councils',
  'Software and apps',
];
