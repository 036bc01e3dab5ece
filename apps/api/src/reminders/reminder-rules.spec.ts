import { DAY_MS, dueNotices, formatDue } from './reminder-rules.js';

const policy = { daysBefore: 3, escalateAfterDays: 7 };
const now = new Date('2026-07-10T09:00:00Z');
const at = (days: number) => new Date(now.getTime() + days * DAY_MS);

describe('dueNotices', () => {
  it('reminds within the days before the due date, not earlier', () => {
    expect(dueNotices(at(4), now, policy)).toMatchObject({ reminder: false, overdue: false, escalation: false });
    expect(dueNotices(at(3), now, policy)).toMatchObject({ reminder: true, daysLeft: 3 });
    expect(dueNotices(at(0.1), now, policy)).toMatchObject({ reminder: true, daysLeft: 1 });
  });

  it('is overdue from the due moment and escalates after the set days', () => {
    expect(dueNotices(at(0), now, policy)).toMatchObject({ reminder: false, overdue: true, escalation: false, daysOverdue: 0 });
    expect(dueNotices(at(-6.9), now, policy)).toMatchObject({ overdue: true, escalation: false, daysOverdue: 6 });
    expect(dueNotices(at(-7), now, policy)).toMatchObject({ overdue: true, escalation: true, daysOverdue: 7 });
  });

  it('sends no reminder when the days before is 0, and escalates at once when the days after is 0', () => {
    expect(dueNotices(at(0.5), now, { daysBefore: 0, escalateAfterDays: 0 }).reminder).toBe(false);
    expect(dueNotices(at(-0.01), now, { daysBefore: 0, escalateAfterDays: 0 }).escalation).toBe(true);
  });
});

describe('formatDue', () => {
  it('names the day, with the time unless it is midnight UTC', () => {
    expect(formatDue(new Date('2026-07-14T00:00:00Z'))).toBe('Tuesday 14 July 2026');
    expect(formatDue(new Date('2026-07-14T17:30:00Z'))).toBe('Tuesday 14 July 2026 at 17:30 UTC');
  });
});
