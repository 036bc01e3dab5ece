import type { ModuleKindName, ProgressStatus } from '../types';

/** British English dates, as the rest of Footsteps' content is written. */
const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
const SHORT_DATE = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short' });
const DATE_TIME = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

export const formatDate = (iso: string) => DATE.format(new Date(iso));
export const formatShortDate = (iso: string) => SHORT_DATE.format(new Date(iso));
export const formatDateTime = (iso: string) => DATE_TIME.format(new Date(iso));

const DAY = 24 * 60 * 60 * 1000;

/** Whole calendar days from today to the date (negative when past). */
export function daysUntil(iso: string, now = new Date()): number {
  const due = new Date(iso);
  const start = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  return Math.round((start(due) - start(now)) / DAY);
}

/**
 * How a due date reads. Whether it is overdue comes from the API's progress (one function
 * decides it for every screen); this only words it.
 */
export function dueText(dueAt: string, overdue: boolean, completed: boolean, now = new Date()): string {
  const days = daysUntil(dueAt, now);
  const date = formatShortDate(dueAt);
  if (completed) return `Was due ${date}`;
  if (overdue) {
    if (days === 0) return `Overdue: was due earlier today`;
    const ago = -days;
    return `Overdue: was due ${date} (${ago} day${ago === 1 ? '' : 's'} ago)`;
  }
  if (days === 0) return `Due today`;
  if (days === 1) return `Due tomorrow, ${date}`;
  if (days > 1 && days <= 14) return `Due in ${days} days, ${date}`;
  return `Due ${formatDate(dueAt)}`;
}

export const KIND_LABELS: Record<ModuleKindName, string> = {
  recall: 'Recall',
  'purchase-flow': 'Journey simulation',
  'active-listening': 'Conversation',
};

export const KIND_DESCRIPTIONS: Record<ModuleKindName, string> = {
  recall:
    'Bring back your best and worst experience as a customer, take each apart, and look at our own customers’ experience with the same eyes.',
  'purchase-flow':
    'Walk a customer through a purchase, stage by stage, in their shoes. Log every moment that costs them effort and the team whose work produces it.',
  'active-listening':
    'A conversation with a customer who needs to be heard. Read their words, tone and body language, choose or write your replies, and see how the conversation turns.',
};

export function kindLabel(kind: string | undefined): string {
  return kind && kind in KIND_LABELS ? KIND_LABELS[kind as ModuleKindName] : 'Exercise';
}

export const STATUS_LABELS: Record<ProgressStatus, string> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  completed: 'Completed',
};

export function minutes(n: number): string {
  return `about ${n} min`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function wordCount(text: string | undefined): number {
  const trimmed = text?.trim() ?? '';
  return trimmed === '' ? 0 : trimmed.split(/\s+/).length;
}
