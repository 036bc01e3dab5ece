import type { ReactNode } from 'react';
import type { ReplySignal } from '../../kinds';

export const GOOD_SIGNALS: ReplySignal[] = ['emotion', 'reflection', 'exploration'];
export const BAD_SIGNALS: ReplySignal[] = ['dismissal', 'upsell'];

export const SIGNAL_WORDS: Record<ReplySignal, { label: string; hint: string }> = {
  emotion: { label: 'Names the feeling', hint: 'You acknowledge how the customer feels.' },
  reflection: { label: 'Reflects the situation', hint: 'You say back what happened, in your words.' },
  exploration: { label: 'Asks an open question', hint: 'A what or how question that invites them to tell more.' },
  dismissal: { label: 'Dismisses or blames', hint: 'Policy first, blame, minimizing or telling them how to feel.' },
  upsell: { label: 'Sells instead of helping', hint: 'An offer before the problem is solved.' },
};

export const MOOD_WORDS: Record<number, string> = {
  1: 'Furious, ready to leave',
  2: 'Upset',
  3: 'Guarded',
  4: 'Easing',
  5: 'At ease',
};

interface Span {
  signal: ReplySignal;
  start: number;
  end: number;
}

/** The reply with the words that earned each signal marked, in the signal's colour and name. */
export function Highlighted({ text, evidence }: { text: string; evidence: Span[] }) {
  const spans = [...evidence]
    .filter((e) => e.start >= 0 && e.end > e.start && e.end <= text.length)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const parts: ReactNode[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue; // overlapping evidence: the first span wins
    if (span.start > at) parts.push(text.slice(at, span.start));
    parts.push(
      <mark key={`${span.start}-${span.signal}`} className={`evidence evidence--${span.signal}`}>
        {text.slice(span.start, span.end)}
        <span className="evidence__tag">
          <span className="visually-hidden"> (</span>
          {SIGNAL_WORDS[span.signal].label}
          <span className="visually-hidden">)</span>
        </span>
      </mark>,
    );
    at = span.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}

/** Which moves a reply shows: the three to aim for, and the two to avoid when present. */
export function SignalList({ signals, compact = false }: { signals: Record<ReplySignal, boolean>; compact?: boolean }) {
  const bad = BAD_SIGNALS.filter((s) => signals[s]);
  return (
    <ul className={`signal-list${compact ? ' signal-list--compact' : ''}`}>
      {GOOD_SIGNALS.map((s) => (
        <li key={s} className={signals[s] ? 'signal signal--on' : 'signal signal--off'}>
          <span className="signal__mark" aria-hidden="true">
            {signals[s] ? '✓' : '○'}
          </span>
          {SIGNAL_WORDS[s].label}
          <span className="visually-hidden">{signals[s] ? ': yes' : ': not yet'}</span>
        </li>
      ))}
      {bad.map((s) => (
        <li key={s} className="signal signal--warn">
          <span className="signal__mark" aria-hidden="true">
            !
          </span>
          {SIGNAL_WORDS[s].label}
        </li>
      ))}
    </ul>
  );
}

export function MoodMeter({ mood, name }: { mood: number | null; name: string }) {
  if (mood === null) return null;
  return (
    <div className={`mood mood--${mood}`}>
      <span className="mood__label">{name}’s mood</span>
      <span className="mood__scale" aria-hidden="true">
        {[1, 2, 3, 4, 5].map((n) => (
          <span key={n} className={n <= mood ? 'mood__pip mood__pip--on' : 'mood__pip'} />
        ))}
      </span>
      <span className="mood__text">
        {MOOD_WORDS[mood]} <span className="muted">({mood} of 5)</span>
      </span>
    </div>
  );
}
