// The administrator's journey: download the CSV template, import people from a file with one
// bad row, read that row's error with its line number, find an imported person in the list,
// give them a new invitation link and a role, then (as that person, in a fresh browser) accept
// the invitation. Along the way: adding one person by hand, and the organization page.
// Everyone it adds goes to departments and teams the import creates, so the other journeys'
// numbers (the coach assigns to Frontline Support, HR reads Customer Service) stay as they were.
import { readFileSync } from 'node:fs';
import { expectEqual, expectHeading, signIn, waitForPath } from '../lib/journey.mjs';

export const title = 'Admin imports people from CSV, sees the bad row, and invites an imported person';

const CSV = [
  'email,name,department,team,roles',
  'nadia.petrova@demo.test,Nadia Petrova,Warehouse,Night Shift,employee',
  'oscar.lind@demo.test,Oscar Lind,Logistics,Returns Desk,employee;coach',
  'not-an-email,Broken Row,Logistics,,employee',
  'yusuf.demir@demo.test,Yusuf Demir,Warehouse,Night Shift,employee',
  '',
].join('\n');

export default async function journey(t) {
  const page = await t.newPage();

  await page.goto('/admin/people');
  await waitForPath(page, '/login');
  await signIn(page, 'admin@demo.test');
  await waitForPath(page, '/admin/people');
  await expectHeading(page, 'People');
  await page.getByRole('link', { name: 'Alex Morgan' }).waitFor();
  await t.check(page, 'people list');

  // The import page, and its template.
  await page.getByRole('link', { name: 'Import from CSV' }).click();
  await expectHeading(page, 'Import people');
  await t.check(page, 'import page');
  const [template] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download the template' }).click(),
  ]);
  const templateText = readFileSync(await template.path(), 'utf8');
  expectEqual(templateText.split(/\r?\n/)[0], 'email,name,department,team,roles', 'the template’s header');
  expectEqual(template.suggestedFilename(), 'footsteps-people-template.csv', 'the template’s file name');

  // Choose the file: its rows appear in the text area, then import.
  await page.getByLabel('Choose a CSV file').setInputFiles({ name: 'new-starters.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
  await page.getByText('Showing new-starters.csv.').waitFor();
  expectEqual(await page.getByLabel('Or paste the rows here').inputValue(), CSV, 'the rows read from the file');
  await page.getByRole('button', { name: 'Import people' }).click();

  await page.getByRole('heading', { level: 2, name: 'Import done, with rows to fix' }).waitFor();
  const summary = await page.locator('.notice--warning').first().innerText();
  if (!summary.includes('3 people added') || !summary.includes('1 row skipped')) {
    throw new Error(`unexpected import summary: ${summary}`);
  }
  if (!summary.includes('New departments: Warehouse, Logistics.')) throw new Error(`the new department is not reported: ${summary}`);
  const errors = page.getByRole('table', { name: 'Rows that were not imported, by line number' });
  const rows = await errors.getByRole('row').allInnerTexts();
  expectEqual(rows.length, 2, 'rows in the error table (header and one bad row)');
  const bad = rows[1].replace(/\s+/g, ' ');
  if (!bad.startsWith('Line 4') || !bad.includes('"not-an-email" is not a valid e-mail address.') || !bad.includes('not-an-email,Broken Row,Logistics,,employee')) {
    throw new Error(`the bad row is not reported with its line, reason and text: ${bad}`);
  }
  await t.check(page, 'import result with the bad row');

  // The imported person is in the list.
  await page.getByRole('link', { name: 'See everyone in People' }).click();
  await expectHeading(page, 'People');
  await page.getByRole('searchbox', { name: 'Search' }).fill('nadia');
  await page.waitForURL((url) => url.searchParams.get('search') === 'nadia');
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: 'Nadia Petrova' }) });
  await row.waitFor();
  const rowText = (await row.innerText()).replace(/\s+/g, ' ');
  for (const expected of ['nadia.petrova@demo.test', 'Learner', 'Warehouse', 'Night Shift', 'Invited']) {
    if (!rowText.includes(expected)) throw new Error(`Nadia's row lacks "${expected}": ${rowText}`);
  }
  await t.check(page, 'people list searched for an imported person');

  // Her page: a new invitation link, and the coach role.
  await row.getByRole('link', { name: 'Nadia Petrova' }).click();
  await expectHeading(page, 'Nadia Petrova');
  await page.getByRole('button', { name: 'Create a new invitation link' }).click();
  const link = await page.getByRole('textbox', { name: 'Invitation link' }).inputValue();
  if (!link.includes('/accept-invite?token=')) throw new Error(`not an invitation link: ${link}`);
  await page.getByRole('checkbox', { name: 'Coach' }).check();
  await page.getByRole('button', { name: 'Save changes' }).click();
  await page.getByText('Changes saved.').waitFor();
  await t.check(page, 'person page with an invitation link');

  // Nadia opens the link in her own browser, chooses a password and is signed in.
  const nadia = await t.newPage();
  await nadia.goto(new URL(link).pathname + new URL(link).search);
  await t.check(nadia, 'accept the invitation', { heading: 'Set your password' });
  await nadia.getByLabel('New password').fill('a calm new password');
  await nadia.getByLabel('Type it again').fill('a calm new password');
  await nadia.getByRole('button', { name: 'Set password and sign in' }).click();
  await waitForPath(nadia, '/');
  await t.check(nadia, 'home of the invited person', { heading: 'Welcome, Nadia' });

  // Adding one person by hand gives a link to pass on.
  await page.getByRole('link', { name: 'Back to people' }).click();
  await page.getByRole('link', { name: 'Add a person' }).click();
  await expectHeading(page, 'Add a person');
  await t.check(page, 'add a person');
  await page.getByLabel('Name', { exact: true }).fill('Lena Fischer');
  await page.getByLabel('Work e-mail').fill('lena.fischer@demo.test');
  await page.getByLabel('Department', { exact: false }).and(page.locator('select')).selectOption({ label: 'Logistics' });
  await page.getByLabel('Team', { exact: false }).and(page.locator('select')).selectOption({ label: 'Returns Desk' });
  await page.getByRole('button', { name: 'Add and create invitation' }).click();
  await page.getByRole('heading', { level: 2, name: 'Lena Fischer has been added' }).waitFor();
  if (!(await page.getByRole('textbox', { name: 'Invitation link' }).inputValue()).includes('/accept-invite?token=')) {
    throw new Error('no invitation link after adding a person');
  }
  await t.check(page, 'person added with an invitation link');

  // The organization: the department the import created is there, with its team.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Organization' }).click();
  await expectHeading(page, 'Organization');
  await page.getByRole('rowheader', { name: 'Warehouse' }).waitFor();
  await page.getByRole('rowheader', { name: 'Night Shift' }).waitFor();
  await page.getByRole('button', { name: 'Edit Night Shift' }).click();
  await page.getByRole('group', { name: 'Coaches of Night Shift' }).waitFor();
  await t.check(page, 'organization, editing a team');
}
