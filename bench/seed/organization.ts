import type { Random } from '../lib/random.js';

/** The fictional organization the seed builds: a retail and services group. */
export const ORGANIZATION = { name: 'Harbourline Group', slug: 'harbourline', emailDomain: 'harbourline.example' };

/** Departments, the larger customer-facing ones first; `weight` is their share of people. */
export const DEPARTMENTS: { name: string; weight: number; facing: boolean }[] = [
  { name: 'Retail Stores', weight: 22, facing: true },
  { name: 'Customer Service', weight: 16, facing: true },
  { name: 'Fulfilment and Delivery', weight: 10, facing: true },
  { name: 'Online Sales', weight: 6, facing: true },
  { name: 'Field Service', weight: 6, facing: true },
  { name: 'Billing', weight: 5, facing: false },
  { name: 'Operations', weight: 5, facing: false },
  { name: 'Product and IT', weight: 5, facing: false },
  { name: 'Customer Success', weight: 3, facing: true },
  { name: 'Marketing', weight: 3, facing: false },
  { name: 'Finance', weight: 2, facing: false },
  { name: 'People and Culture', weight: 2, facing: false },
  { name: 'Logistics', weight: 3, facing: false },
  { name: 'Data and Analytics', weight: 1.5, facing: false },
  { name: 'Procurement', weight: 1, facing: false },
  { name: 'Legal and Compliance', weight: 1, facing: false },
  { name: 'Security', weight: 1.5, facing: false },
  { name: 'Facilities', weight: 1.5, facing: false },
  { name: 'Partnerships', weight: 1, facing: true },
  { name: 'Quality', weight: 1, facing: false },
  { name: 'Communications', weight: 0.8, facing: false },
  { name: 'Strategy', weight: 0.5, facing: false },
  { name: 'Research', weight: 0.7, facing: false },
  { name: 'Executive Office', weight: 0.3, facing: false },
];

export const PLACES = [
  'Lisbon', 'Porto', 'Leeds', 'Bristol', 'Lyon', 'Nantes', 'Bremen', 'Leipzig', 'Turin', 'Bologna', 'Gdansk', 'Krakow', 'Malmo', 'Aarhus',
  'Cork', 'Galway', 'Ghent', 'Utrecht', 'Bilbao', 'Valencia', 'Graz', 'Brno', 'Tampere', 'Bergen', 'Riga', 'Tartu', 'Split', 'Ljubljana',
];

export const FIRST_NAMES = [
  'Maya', 'Jonas', 'Amara', 'Lucas', 'Hana', 'Diego', 'Chloe', 'Rafael', 'Ingrid', 'Tom', 'Fatima', 'Sam', 'Priya', 'Alex', 'Noah', 'Leila',
  'Marta', 'Kofi', 'Elena', 'Yusuf', 'Sofia', 'Mateo', 'Aisha', 'Oskar', 'Nina', 'Ravi', 'Julia', 'Emre', 'Clara', 'Tariq', 'Ana', 'Felix',
  'Zara', 'Ivan', 'Lea', 'Omar', 'Greta', 'Kenji', 'Ines', 'Samuel', 'Mira', 'Pavel', 'Aylin', 'Hugo', 'Nadia', 'Luca', 'Freya', 'Daniel',
];

export const LAST_NAMES = [
  'Ortiz', 'Berg', 'Okafor', 'Moreau', 'Sato', 'Ramos', 'Martin', 'Costa', 'Larsen', 'Nguyen', 'Haddad', 'Whitaker', 'Natarajan', 'Morgan',
  'Silva', 'Novak', 'Kowalski', 'Jensen', 'Rossi', 'Fischer', 'Dubois', 'Yilmaz', 'Mensah', 'Petrov', 'Lindqvist', 'Byrne', 'Alvarez',
  'Schmidt', 'Kaur', 'Tanaka', 'Hughes', 'Marino', 'Andersen', 'Popescu', 'Horvat', 'Ibrahim', 'Virtanen', 'Walsh', 'Romano', 'Weber',
];

/** Extra courses made from the built-in modules (slugs), on top of the library's own three. */
export const EXTRA_COURSES: { slug: string; title: string; modules: string[]; minScore?: number; facing?: boolean }[] = [
  { slug: 'first-week-customers-first', title: 'Your first week: customers first', modules: ['recall-best-and-worst', 'listening-missing-parcel'] },
  { slug: 'store-floor-essentials', title: 'Store floor essentials', modules: ['recall-when-it-went-wrong', 'listening-store-alarm', 'journey-washing-machine'], facing: true },
  { slug: 'contact-centre-calls', title: 'Calls that calm things down', modules: ['listening-third-call', 'listening-bounced-rent', 'listening-missing-parcel'], minScore: 50, facing: true },
  { slug: 'billing-with-care', title: 'Billing with care', modules: ['recall-behind-the-scenes', 'journey-keep-my-number', 'listening-bounced-rent'] },
  { slug: 'delivery-promises', title: 'Delivery promises we keep', modules: ['journey-washing-machine', 'listening-missing-parcel'], facing: true },
  { slug: 'digital-journeys', title: 'Digital journeys without dead ends', modules: ['recall-behind-the-scenes', 'journey-salon-booking-app', 'journey-wedding-trip'] },
  { slug: 'moving-house-with-us', title: 'When customers move house', modules: ['journey-keep-my-number', 'listening-third-call'], facing: true },
  { slug: 'travel-and-bookings', title: 'Bookings that hold up', modules: ['journey-wedding-trip', 'recall-best-and-worst'] },
  { slug: 'owning-our-mistakes', title: 'Owning our mistakes', modules: ['listening-bounced-rent', 'recall-when-it-went-wrong'] },
  { slug: 'coaching-with-empathy', title: 'Coaching your team in empathy', modules: ['recall-best-and-worst', 'recall-when-it-went-wrong', 'listening-third-call', 'listening-store-alarm'], minScore: 70 },
  { slug: 'listening-refresher', title: 'Listening refresher', modules: ['listening-missing-parcel', 'listening-third-call'], minScore: 60, facing: true },
  { slug: 'journey-mapping-deep-dive', title: 'Journey mapping, end to end', modules: ['journey-washing-machine', 'journey-keep-my-number', 'journey-salon-booking-app', 'journey-wedding-trip'] },
  { slug: 'complaints-handling', title: 'Handling complaints well', modules: ['recall-when-it-went-wrong', 'listening-missing-parcel', 'listening-bounced-rent', 'listening-store-alarm'], minScore: 60, facing: true },
  { slug: 'behind-the-scenes-it', title: 'IT behind every customer moment', modules: ['recall-behind-the-scenes', 'journey-salon-booking-app'] },
  { slug: 'respect-on-the-shop-floor', title: 'Respect on the shop floor', modules: ['listening-store-alarm', 'recall-when-it-went-wrong'], facing: true },
  { slug: 'back-office-foundations', title: 'Back office, front of mind', modules: ['recall-behind-the-scenes', 'journey-washing-machine', 'journey-keep-my-number'] },
  { slug: 'leading-in-their-footsteps', title: 'Leading in our customers\' footsteps', modules: ['recall-best-and-worst', 'journey-wedding-trip', 'listening-bounced-rent'] },
];

export function personName(rnd: Random): string {
  return `${rnd.pick(FIRST_NAMES)} ${rnd.pick(LAST_NAMES)}`;
}

export function emailOf(name: string, i: number): string {
  return `${name.toLowerCase().replace(/[^a-z]+/g, '.')}.${i}@${ORGANIZATION.emailDomain}`;
}
