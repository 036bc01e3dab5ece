export const DAY_MS = 24 * 60 * 60 * 1000;

export interface ReminderPolicy {
  /** A reminder goes out this many days before the due date (0: none). */
  daysBefore: number;
  /** Overdue this many days: the person's coaches are told. */
  escalateAfterDays: number;
}

export interface DueNotices {
  reminder: boolean;
  overdue: boolean;
  escalation: boolean;
  /** Whole days until due, rounded up (1 means within a day). */
  daysLeft: number;
  /** Whole days past due, rounded down. */
  daysOverdue: number;
}

/**
 * Which notices an unfinished item due at `dueAt` calls for at `now`. Each is sent once per due
 * date (the caller's dedupe key names the date), so these only say whether its moment has come.
 */
export function dueNotices(dueAt: Date, now: Date, policy: ReminderPolicy): DueNotices {
  const ms = dueAt.getTime() - now.getTime();
  const overdue = ms <= 0;
  const daysOverdue = overdue ? Math.floor(Math.abs(ms) / DAY_MS) : 0;
  return {
    reminder: !overdue && ms <= policy.daysBefore * DAY_MS,
    overdue,
    escalation: overdue && -ms >= policy.escalateAfterDays * DAY_MS,
    daysLeft: overdue ? 0 : Math.ceil(ms / DAY_MS),
    daysOverdue,
  };
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "Tuesday 14 July 2026" (UTC), with the time when it is not midnight. */
export function formatDue(d: Date): string {
  const date = `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  const hh = String(d.getUTCHours()).padStart(2, '0');
  const mm = String(d.getUTCMinutes()).padStart(2, '0');
  return hh === '00' && mm === '00' ? date : `${date} at ${hh}:${mm} UTC`;
}

export function daysPhrase(n: number): string {
  return n === 1 ? '1 day' : `${n} days`;
}
