import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { json, makeMe, mockApi, renderApp } from '../test/render';

// Pages load as lazy chunks; on a busy machine the first one can take more than a second.
configure({ asyncUtilTimeout: 5000 });
vi.setConfig({ testTimeout: 20_000 });
import { IMPORT_TEMPLATE } from './ImportPage';

const CSV = [
  'email,name,department,team,roles',
  'ana.silva@example.com,Ana Silva,Customer Service,Frontline Support,employee',
  'not-an-email,Bad Row,Sales,,employee',
  'ben.okoro@example.com,Ben Okoro,Logistics,,employee;manager',
].join('\n');

describe('CSV import', () => {
  it('reads the chosen file, imports it, and lists every skipped row with its line number and reason', async () => {
    const fetchMock = mockApi({
      'GET /api/auth/me': () => json(200, makeMe(['admin'])),
      'POST /api/people/import': () =>
        json(200, {
          created: 1,
          updated: 0,
          unchanged: 0,
          departmentsCreated: [],
          teamsCreated: ['Frontline Support'],
          errors: [
            { line: 3, email: 'not-an-email', reason: '"not-an-email" is not a valid e-mail address.' },
            { line: 4, email: 'ben.okoro@example.com', reason: 'Unknown role(s): manager. Use employee, coach, hr or admin.' },
          ],
        }),
    });
    const user = userEvent.setup();
    renderApp('/admin/people/import');

    await screen.findByRole('heading', { level: 1, name: 'Import people' });
    await user.upload(screen.getByLabelText('Choose a CSV file'), new File([CSV], 'people.csv', { type: 'text/csv' }));
    await waitFor(() => expect(screen.getByLabelText('Or paste the rows here')).toHaveValue(CSV));
    expect(screen.getByText('Showing people.csv. You can correct it here before importing.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Import people' }));

    const heading = await screen.findByRole('heading', { level: 2, name: 'Import done, with rows to fix' });
    expect(heading).toHaveFocus();
    expect(screen.getByText(/3 rows read\. 1 person added, 0 people updated, 0 people already up to date, 2 rows skipped\./)).toBeInTheDocument();
    expect(screen.getByText('New teams: Frontline Support.')).toBeInTheDocument();

    const table = screen.getByRole('table', { name: 'Rows that were not imported, by line number' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(within(rows[0]!).getByRole('rowheader')).toHaveTextContent('Line 3');
    expect(rows[0]).toHaveTextContent('"not-an-email" is not a valid e-mail address.');
    expect(rows[0]).toHaveTextContent('not-an-email,Bad Row,Sales,,employee');
    expect(within(rows[1]!).getByRole('rowheader')).toHaveTextContent('Line 4');
    expect(rows[1]).toHaveTextContent('Unknown role(s): manager.');

    const request = fetchMock.mock.calls.map(([r]) => r).find((r) => r.url.endsWith('/api/people/import'));
    expect(await request?.json()).toEqual({ csv: CSV });
  });

  it('says nothing was imported when the header is wrong, and keeps the rows to correct', async () => {
    mockApi({
      'GET /api/auth/me': () => json(200, makeMe(['admin'])),
      'POST /api/people/import': () =>
        json(400, {
          code: 'VALIDATION_FAILED',
          message: 'The request is not valid.',
          correlationId: 'c-1',
          errors: [{ field: 'csv', message: 'The header row must be email,name,department,team,roles; missing column(s): name.' }],
        }),
    });
    const user = userEvent.setup();
    renderApp('/admin/people/import');

    const area = await screen.findByLabelText('Or paste the rows here');
    await user.click(area);
    await user.paste('email\nana@example.com');
    await user.click(screen.getByRole('button', { name: 'Import people' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Nothing was imported.');
    expect(alert).toHaveTextContent('missing column(s): name');
    expect(area).toHaveValue('email\nana@example.com');
  });

  it('asks for a file before sending anything, and offers the template', async () => {
    const fetchMock = mockApi({ 'GET /api/auth/me': () => json(200, makeMe(['admin'])) });
    const user = userEvent.setup();
    renderApp('/admin/people/import');

    await user.click(await screen.findByRole('button', { name: 'Import people' }));
    const area = screen.getByLabelText('Or paste the rows here');
    expect(area).toHaveAccessibleDescription(/Choose a CSV file or paste its rows first\./);
    expect(area).toHaveFocus();
    expect(fetchMock.mock.calls.some(([r]) => r.url.endsWith('/api/people/import'))).toBe(false);

    const template = screen.getByRole('link', { name: 'Download the template' });
    expect(template).toHaveAttribute('download', 'footsteps-people-template.csv');
    expect(decodeURIComponent(template.getAttribute('href')!.split(',').slice(1).join(','))).toBe(IMPORT_TEMPLATE);
    expect(IMPORT_TEMPLATE.split('\r\n')[0]).toBe('email,name,department,team,roles');
  });
});
