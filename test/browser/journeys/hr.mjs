// HR's journey: with a course assigned (prepared through the API as the coach), HR opens the
// completion dashboard, filters it by department, reads the numbers, and downloads the CSV,
// whose header and numbers must match the table on screen. Then the insight page.
import { readFileSync } from 'node:fs';
import { DEMO_PASSWORD, expectEqual, expectHeading, signIn, waitForPath } from '../lib/journey.mjs';

export const title = 'HR filters the completion dashboard by department and downloads the matching CSV';

const CSV_HEADER = ['key', 'label', 'assigned', 'completed', 'inProgress', 'notStarted', 'overdue', 'completionRate'];

async function apiAs(baseUrl, email) {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  if (!login.ok) throw new Error(`${email} could not sign in: ${login.status}`);
  const { token } = await login.json();
  return async (method, path, body) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} failed: ${response.status} ${text}`);
    return text ? JSON.parse(text) : undefined;
  };
}

/** The coach assigns the built-in first course to Customer Service (due in two weeks) and to Sales (already overdue). */
async function prepareAssignments(baseUrl) {
  const call = await apiAs(baseUrl, 'coach@demo.test');
  const courses = await call('GET', '/api/courses');
  const course =
    courses.find((c) => /customer empathy foundations/i.test(c.title)) ??
    courses.find((c) => /customers.? footsteps/i.test(c.title)) ??
    courses[0];
  if (!course) throw new Error('no built-in course to assign');
  const departments = await call('GET', '/api/departments');
  const id = (name) => {
    const found = departments.find((d) => d.name === name);
    if (!found) throw new Error(`no department named ${name}`);
    return found.id;
  };
  const day = 86_400_000;
  await call('POST', '/api/assignments', {
    itemType: 'course',
    itemId: course.id,
    targets: [{ type: 'department', id: id('Customer Service') }],
    dueAt: new Date(Date.now() + 14 * day).toISOString(),
  });
  await call('POST', '/api/assignments', {
    itemType: 'course',
    itemId: course.id,
    targets: [{ type: 'department', id: id('Sales') }],
    dueAt: new Date(Date.now() - 3 * day).toISOString(),
  });
  return course;
}

/** A small CSV reader: quoted fields may hold commas, quotes and line breaks. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((f) => f !== ''));
}

/** Waits until every report shows the figures for the current filters (none is marked busy). */
async function reportsSettled(page) {
  await page.waitForFunction(() => !document.querySelector('main [aria-busy="true"]') && !document.querySelector('main [role="status"].loading'));
}

/** The rows of a table as text cells, header included. */
async function tableRows(table) {
  return table.locator('tr').evaluateAll((trs) =>
    trs.map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent.trim())),
  );
}

export default async function journey(t) {
  const course = await prepareAssignments(t.baseUrl);
  const page = await t.newPage();

  await page.goto('/reports/completion');
  await waitForPath(page, '/login');
  await signIn(page, 'hr@demo.test');
  await waitForPath(page, '/reports/completion');
  await expectHeading(page, 'Completion');
  await page.getByRole('heading', { level: 2, name: 'By department' }).waitFor();
  await t.check(page, 'completion dashboard, whole organization');

  // Filter by department: the address keeps the filter.
  await page.getByLabel('Department', { exact: true }).selectOption({ label: 'Customer Service' });
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await page.waitForURL((url) => url.searchParams.has('departmentId'));
  const departmentId = new URL(page.url()).searchParams.get('departmentId');
  await page.getByText('Customer Service · all courses and modules · any due date').waitFor();
  await reportsSettled(page);
  await page.getByRole('button', { name: 'Show as a table: Completion rate by department' }).click();
  const table = page.getByRole('table', { name: 'Completion by department' });
  await table.waitFor();
  const shown = await tableRows(table);
  expectEqual(shown[0], ['Department', 'Assigned', 'Completed', 'In progress', 'Not started', 'Overdue', 'Completion rate'], 'the table header');
  expectEqual(shown.length, 3, 'table rows (header, Customer Service, All)');
  expectEqual(shown[1][0], 'Customer Service', 'the only department shown');
  if (!(Number(shown[1][1]) > 0)) throw new Error(`Customer Service has nothing assigned: ${shown[1]}`);
  await t.check(page, 'dashboard filtered by Customer Service, with the table');

  // A reload keeps the filter (the address carries it).
  await page.reload();
  await expectHeading(page, 'Completion');
  const departmentSelect = page.getByLabel('Department', { exact: true });
  await departmentSelect.locator('option', { hasText: 'Customer Service' }).waitFor({ state: 'attached' });
  expectEqual(await departmentSelect.inputValue(), departmentId, 'the department filter after a reload');

  // The CSV download carries the filter and the same numbers as the table.
  const link = page.getByRole('link', { name: 'Download CSV: completion by department' });
  const href = new URL(await link.getAttribute('href'), t.baseUrl);
  expectEqual(
    Object.fromEntries(href.searchParams),
    { departmentId, groupBy: 'department', format: 'csv' },
    'the CSV link’s query',
  );
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const csv = parseCsv(readFileSync(await download.path(), 'utf8'));
  expectEqual(download.suggestedFilename(), 'completion-by-department.csv', 'the CSV file name');
  expectEqual(csv[0], CSV_HEADER, 'the CSV header');
  expectEqual(csv.length, 3, 'CSV rows (header, Customer Service, total)');
  const asTable = (r) => [r[1] === 'All' ? 'All' : r[1], r[2], r[3], r[4], r[5], r[6], `${r[7]}%`];
  expectEqual(csv[1][0], departmentId, 'the CSV row’s department id');
  expectEqual(asTable(csv[1]), shown[1], 'the Customer Service numbers in the CSV and the table');
  expectEqual(asTable(csv[2]), shown[2], 'the total in the CSV and the table');

  // The course filter offers the assigned course; Sales' copy is overdue.
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.waitForURL((url) => url.search === '');
  await reportsSettled(page);
  await page.getByRole('heading', { level: 2, name: 'Overdue' }).waitFor();
  const overdue = page.getByRole('table', { name: 'Overdue assignments, longest overdue first' });
  await overdue.waitFor();
  const overdueText = await overdue.innerText();
  if (!overdueText.includes(course.title) || !overdueText.includes('Sales')) {
    throw new Error(`the overdue list does not show the Sales assignment: ${overdueText.slice(0, 300)}`);
  }
  await page.getByLabel('Course or module', { exact: true }).selectOption({ label: course.title });
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await page.waitForURL((url) => url.searchParams.get('itemId') === course.id);
  await reportsSettled(page);
  await page.getByRole('heading', { level: 2, name: 'By course' }).waitFor();
  await t.check(page, 'dashboard filtered by course');

  // On a phone-sized screen the dashboard reflows and still passes axe.
  await page.setViewportSize({ width: 320, height: 720 });
  await t.check(page, 'dashboard on a phone');
  await page.setViewportSize({ width: 1280, height: 860 });

  // Insight: anonymous, withheld under five people.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Insights' }).click();
  await expectHeading(page, 'Insights');
  await page.getByRole('heading', { level: 2, name: 'Story library' }).waitFor();
  await page.getByText(/Loading/).first().waitFor({ state: 'detached' }).catch(() => {});
  await t.check(page, 'insights');

  // The demo has too few completed simulations for a heatmap (under five people, so it is
  // withheld). To see the heatmap itself in a real browser and run axe on it, this one request
  // is answered with a sample in the API's shape.
  await page.route('**/api/insights/journey', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(SAMPLE_HEATMAP) }),
  );
  await page.reload();
  await expectHeading(page, 'Insights');
  const heatmap = page.getByRole('table', { name: /Buying a washing machine: pain points by journey stage/ });
  await heatmap.waitFor();
  const withheld = heatmap.getByRole('cell').filter({ hasText: 'Fewer than 5 people' });
  expectEqual(await withheld.count(), 2, 'withheld cells in the sample heatmap');
  if ((await withheld.first().innerText()).match(/pain point|severity/)) throw new Error('a withheld cell shows figures');
  await page.getByRole('button', { name: 'Colour by how severe' }).click();
  await t.check(page, 'insights with a sample heatmap');
  await page.unroute('**/api/insights/journey');
}

const cell = (stageKey, unitId, unitName, people, count, meanSeverity, topEmotions) =>
  people < 5
    ? { stageKey, unitId, unitName, people: 0, withheld: true, count: null, meanSeverity: null, topEmotions: [] }
    : { stageKey, unitId, unitName, people, withheld: false, count, meanSeverity, topEmotions };

const SAMPLE_HEATMAP = [
  {
    moduleId: '00000000-0000-4000-8000-00000000a001',
    title: 'Buying a washing machine',
    people: 14,
    withheld: false,
    stages: [
      { key: 'discover', label: 'Discover' },
      { key: 'compare', label: 'Compare' },
      { key: 'buy', label: 'Buy' },
      { key: 'delivery', label: 'Delivery' },
      { key: 'first-use', label: 'First use' },
    ],
    cells: [
      cell('discover', 'u1', 'Online Sales', 9, 12, 2.4, ['confused']),
      cell('compare', 'u1', 'Online Sales', 11, 19, 3.1, ['frustrated', 'confused']),
      cell('buy', 'u1', 'Online Sales', 3),
      cell('buy', 'u2', 'Billing', 6, 7, 3.9, ['anxious', 'annoyed']),
      cell('delivery', 'u3', 'Fulfilment and Delivery', 13, 24, 4.4, ['angry', 'anxious', 'frustrated']),
      cell('first-use', 'u3', 'Fulfilment and Delivery', 2),
      cell('first-use', 'u4', 'Frontline Support', 5, 5, 2.0, ['relieved']),
    ],
  },
];
