import { signInJourney } from '../lib/role-journey.mjs';

export const title = 'Admin signs in, sees administration, logs out';

export default signInJourney({
  email: 'admin@demo.test',
  firstName: 'Alex',
  nav: ['Home', 'My learning', 'Authoring', 'Assignments', 'People', 'Organization', 'Audit log'],
  deepLink: '/admin/audit',
  deepLinkHeading: 'Audit log',
});
