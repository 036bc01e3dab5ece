import { ScoreSection } from '../../attempt/ScoreSection';
import type { ActiveListeningFraming, ActiveListeningScoreDetails, TranscriptEntry } from '../../kinds';
import type { Attempt, ScoreLine } from '../../types';
import { Highlighted, MOOD_WORDS, SIGNAL_WORDS, SignalList } from './signals';
import { CustomerBubble } from './CustomerBubble';

const OUTCOME_WORDS = {
  resolved: 'Resolved',
  partial: 'Partly resolved',
  lost: 'Lost',
} as const;

/**
 * The debrief: the whole conversation again, each of the learner's turns with its coaching and
 * points, free-text replies with the words that earned each signal marked.
 */
export default function ActiveListeningResult({ attempt }: { attempt: Attempt }) {
  const framing = attempt.content as unknown as ActiveListeningFraming;
  const details = attempt.scoreDetails as unknown as ActiveListeningScoreDetails | null;
  const transcript = details?.transcript ?? (attempt.playState as unknown as ActiveListeningScoreDetails['transcript'] | null);
  const first = framing.customer.name.split(' ')[0] ?? framing.customer.name;
  const entries = transcript?.entries ?? [];
  const ending = transcript?.ending ?? null;
  let decision = 0;
  const decisionNumber = new Map<number, number>();
  entries.forEach((e, i) => {
    if (e.type === 'choice' || e.type === 'free-text') decisionNumber.set(i, (decision += 1));
  });

  const byStep = new Map<number, TranscriptEntry>();
  for (const e of entries) if (e.type === 'choice' || e.type === 'free-text') byStep.set(e.step + 1, e);
  const describe = (line: ScoreLine) => {
    const n = Number(line.rule.replace('step.', ''));
    const entry = byStep.get(n);
    if (!entry) return line.reason;
    if (entry.type === 'choice') return `Decision ${n}: you said “${shorten(entry.text)}”`;
    if (entry.type === 'free-text') {
      return `Decision ${n}, in your own words: the analyzer scored your reply ${Math.round(entry.analysis.score)} of 100`;
    }
    return line.reason;
  };

  return (
    <>
      {ending ? (
        <section className={`card outcome-card outcome-card--${ending.outcome}`} aria-labelledby="outcome-title">
          <h2 id="outcome-title">Outcome: {OUTCOME_WORDS[ending.outcome].toLowerCase()}</h2>
          <p>
            How {first} feels at the end: <strong>{ending.customerFeels}</strong>.
          </p>
          <p>{ending.summary}</p>
          <p className="muted small">
            Mood at the end: {MOOD_WORDS[ending.mood]} ({ending.mood} of 5).
          </p>
        </section>
      ) : null}

      <section className="stack" aria-labelledby="debrief-title">
        <h2 id="debrief-title">The conversation, turn by turn</h2>
        <div className="evidence-legend" aria-hidden="true">
          <span className="muted small">In your own replies, the marked words earned: </span>
          {(['emotion', 'reflection', 'exploration', 'dismissal', 'upsell'] as const).map((s) => (
            <span key={s} className={`evidence evidence--${s} evidence--legend`}>
              {SIGNAL_WORDS[s].label}
            </span>
          ))}
        </div>
        <ol className="chat chat--debrief">
          {entries.map((entry, i) => (
            <DebriefEntry key={i} entry={entry} name={first} number={decisionNumber.get(i)} />
          ))}
        </ol>
      </section>

      <section className="card stack" aria-labelledby="takeaway-title">
        <h2 id="takeaway-title">Questions to take with you</h2>
        <ul className="plain-list">
          <li>Which of your decisions changed the conversation most, and what did {first} do or say that showed it?</li>
          <li>Where did you choose as you did because of a habit, a script or a rule you follow at work?</li>
          <li>If {first} called you tomorrow, what would you say in your first two sentences?</li>
        </ul>
        <p className="muted small">Retry as often as you like: a different path often teaches as much as the best one.</p>
      </section>

      <ScoreSection attempt={attempt} describe={describe} />
    </>
  );
}

function shorten(text: string): string {
  return text.length > 90 ? `${text.slice(0, 87).trimEnd()}…` : text;
}

function DebriefEntry({ entry, name, number }: { entry: TranscriptEntry; name: string; number?: number }) {
  if (entry.type === 'customer') {
    return (
      <li className="chat__item chat__item--them">
        <CustomerBubble entry={entry} name={name} />
      </li>
    );
  }
  if (entry.type === 'choice') {
    return (
      <li className="chat__item chat__item--me">
        <div className="bubble bubble--me">
          <p className="bubble__who">You, decision {number}</p>
          <p className="bubble__text">{entry.text}</p>
        </div>
        <div className="coaching">
          <p className="coaching__label">
            Coaching · {entry.points} of {entry.maxPoints} points
          </p>
          <p>{entry.feedback}</p>
        </div>
      </li>
    );
  }
  if (entry.type === 'free-text') {
    return (
      <li className="chat__item chat__item--me">
        <div className="bubble bubble--me">
          <p className="bubble__who">You, decision {number}, in your own words</p>
          <p className="bubble__text">
            <Highlighted text={entry.text} evidence={entry.analysis.evidence} />
          </p>
        </div>
        <div className="coaching">
          <p className="coaching__label">
            Coaching · {entry.points} of {entry.maxPoints} points (analyzer score {Math.round(entry.analysis.score)} of 100)
          </p>
          <SignalList signals={entry.analysis.signals} compact />
          <p>{entry.feedback}</p>
        </div>
      </li>
    );
  }
  return (
    <li className={`chat__item chat__ending chat__ending--${entry.outcome}`}>
      <p className="chat__ending-title">The end. How {name} feels: {entry.customerFeels}.</p>
    </li>
  );
}
