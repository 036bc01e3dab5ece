/** Dates as Footsteps writes them (British English, like its content). */
const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
const DATE_TIME = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const DAY_MONTH = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

export const formatDay = (iso: string) => DATE.format(new Date(iso));
export const formatDateTime = (iso: string) => DATE_TIME.format(new Date(iso));
/** "2025-03" or a date within it, as "March 2025". */
export const formatMonth = (isoMonthOrDate: string) =>
  MONTH.format(new Date(isoMonthOrDate.length === 7 ? `${isoMonthOrDate}-01` : isoMonthOrDate));
/** A calendar day (YYYY-MM-DD, no time zone) as "3 Mar". */
export const formatDayMonth = (isoDate: string) => DAY_MONTH.format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`));

/** Plural words without surprises: plural(1, 'person', 'people') → "1 person". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;
}
