import { signInJourney } from '../lib/role-journey.mjs';

export const title = 'Coach signs in, sees coaching and learning, logs out';

export default signInJourney({
  email: 'coach@demo.test',
  firstName: 'Sam',
  nav: ['Home', 'My learning', 'Authoring', 'Assignments', 'Review'],
  deepLink: '/review',
  deepLinkHeading: 'Review',
});
