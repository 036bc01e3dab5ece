import { signInJourney } from '../lib/role-journey.mjs';

export const title = 'HR signs in, sees reports and learning, logs out';

export default signInJourney({
  email: 'hr@demo.test',
  firstName: 'Priya',
  nav: ['Home', 'My learning', 'Completion', 'Insights'],
  deepLink: '/reports/completion',
  deepLinkHeading: 'Completion',
});
