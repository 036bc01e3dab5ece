import { useState } from 'react';
import { api, call } from '../../api/client';
import type { components } from '../../api/schema';
import type { ActiveListeningContent, BranchRule, ScenarioNode } from '../content-types';
import { MoodMeter, SignalList } from '../../learning/players/active-listening/signals';
import '../../learning/learning.css';
import type { ReplySignal } from '../content-types';
import { Missing } from './parts';

type Analysis = components['schemas']['EmpathyAnalysisDto'];

type Entry =
  | { type: 'customer'; node: Extract<ScenarioNode, { type: 'customer' }> }
  | { type: 'learner'; text: string; feedback?: string; points?: number; maxPoints?: number; analysis?: Analysis }
  | { type: 'problem'; text: string };

const SIGNAL_WORDS: Record<string, string> = {
  emotion: 'acknowledged the feeling',
  reflection: 'reflected the situation',
  exploration: 'asked an open question',
  upsell: 'tried to sell',
  dismissal: 'dismissed the customer',
};

function signalSentence(signals: Record<string, boolean>): string {
  const found = Object.entries(signals)
    .filter(([, on]) => on)
    .map(([signal]) => SIGNAL_WORDS[signal] ?? signal);
  if (!found.length) return 'No signals found.';
  const text = found.join(', ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** Whether the analyzer's verdict meets a branch rule (every condition given must hold). */
export function ruleHolds(rule: BranchRule, analysis: Pick<Analysis, 'score' | 'signals'>): boolean {
  const when = rule.when ?? {};
  if (when.minScore !== undefined && analysis.score < when.minScore) return false;
  if (when.maxScore !== undefined && analysis.score > when.maxScore) return false;
  for (const [signal, wanted] of Object.entries(when.signals ?? {})) {
    if (wanted === undefined) continue;
    if (Boolean((analysis.signals as Record<string, boolean>)[signal]) !== wanted) return false;
  }
  return true;
}


/**
 * The conversation played as a learner plays it: customer turns with their cues, choices with
 * feedback, free-text replies read by the empathy analyzer, which picks the branch. It follows
 * the author's graph exactly, so every branch can be walked before publishing.
 */
export function ConversationPreview({ content }: { content: ActiveListeningContent }) {
  const nodes = content.nodes ?? [];
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const [entries, setEntries] = useState<Entry[]>([]);
  const [at, setAt] = useState<string | null>(null);
  const [started, setStarted] = useState(false);
  const [points, setPoints] = useState({ got: 0, max: 0 });
  const [reply, setReply] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  /** Walks through customer turns until a decision or an ending, appending what is said. */
  function advance(from: string | undefined, log: Entry[]) {
    let id = from;
    const next = [...log];
    for (let guard = 0; guard < 200; guard += 1) {
      const node = id ? byId.get(id) : undefined;
      if (!node) {
        next.push({ type: 'problem', text: `The conversation leads to “${id || 'nothing'}”, which does not exist yet.` });
        setEntries(next);
        setAt(null);
        return;
      }
      if (node.type === 'customer') {
        next.push({ type: 'customer', node });
        id = node.next;
        continue;
      }
      setEntries(next);
      setAt(node.id);
      return;
    }
  }

  function start() {
    setStarted(true);
    setPoints({ got: 0, max: 0 });
    setReply('');
    setError(null);
    advance(content.start, []);
  }

  const current = at ? byId.get(at) : undefined;
  const lastCustomer = [...entries].reverse().find((e): e is Extract<Entry, { type: 'customer' }> => e.type === 'customer');

  async function sendReply(node: Extract<ScenarioNode, { type: 'free-text' }>) {
    if (!reply.trim() || busy) return;
    setBusy(true);
    setError(null);
    try {
      const analysis = await call(() =>
        api.POST('/api/empathy/analyze', { body: { customer: lastCustomer?.node.text ?? '', reply } }),
      );
      const earned = Math.round(((node.maxPoints ?? 0) * analysis.score) / 100);
      setPoints((p) => ({ got: p.got + earned, max: p.max + (node.maxPoints ?? 0) }));
      const rule = (node.branches ?? []).find((b) => ruleHolds(b, analysis));
      const log: Entry[] = [...entries, { type: 'learner', text: reply, points: earned, maxPoints: node.maxPoints, analysis }];
      setReply('');
      advance(rule ? rule.next : node.otherwise, log);
    } catch (e) {
      setError(`The reply could not be read: ${(e as Error).message}`);
    } finally {
      setBusy(false);
    }
  }

  const first = (content.customer?.name || 'The customer').split(/\s+/)[0]!;
  const mood = [...entries].reverse().find((e): e is Extract<Entry, { type: 'customer' }> => e.type === 'customer')?.node.mood ?? null;

  // The learner's own layout and pieces (mood meter, signals), so the preview looks as they see it.
  return (
    <div className="conversation">
      <aside className="conversation__side stack">
        <div className="card customer-card">
          <p className="persona__kicker">You are speaking with</p>
          <h3 className="persona__name">{content.customer?.name || <Missing what="The customer’s name" />}</h3>
          <p>{content.customer?.context || <Missing what="Who the customer is" />}</p>
        </div>
        <details className="card brief" open>
          <summary>Your brief</summary>
          <p>{content.intro || <Missing what="The introduction" />}</p>
        </details>
      </aside>
      <div className="conversation__main stack">
        {!started ? (
          <p>
            <button type="button" className="button button--primary" onClick={start}>
              Start the conversation
            </button>
          </p>
        ) : (
          <>
            <div className="conversation__mood">
              <MoodMeter mood={current?.type === 'ending' ? (current.mood ?? mood) : mood} name={first} />
            </div>
            <ol className="chat" aria-label="Conversation">
              {entries.map((entry, i) =>
                entry.type === 'customer' ? (
                  <li key={i} className="chat__item chat__item--them">
                    <div className="bubble bubble--them">
                      <p className="bubble__who">
                        {first}
                        <span className="bubble__emotion">, {entry.node.emotion || '…'}</span>
                      </p>
                      <p className="bubble__text">{entry.node.text || <Missing what="What the customer says" />}</p>
                      <dl className="cues">
                        <div>
                          <dt>Voice</dt>
                          <dd>{entry.node.voiceTone || '—'}</dd>
                        </div>
                        <div>
                          <dt>Body</dt>
                          <dd>{entry.node.bodyLanguage || '—'}</dd>
                        </div>
                      </dl>
                    </div>
                  </li>
                ) : entry.type === 'learner' ? (
                  <li key={i} className="chat__item chat__item--me">
                    <div className="bubble bubble--me">
                      <p className="bubble__who">You</p>
                      <p className="bubble__text">{entry.text || <Missing what="The reply" />}</p>
                    </div>
                    <div className="coaching">
                      <p className="coaching__label">Coaching</p>
                      {entry.analysis ? (
                        <SignalList signals={entry.analysis.signals as Record<ReplySignal, boolean>} compact />
                      ) : null}
                      <p>{(entry.analysis ? entry.analysis.suggestion : entry.feedback) || <Missing what="Feedback" />}</p>
                      <p className="muted small">
                        Author’s view: {entry.points} of {entry.maxPoints ?? entry.points} points
                        {entry.analysis ? ` (empathy score ${entry.analysis.score}). ${signalSentence(entry.analysis.signals)}` : '.'}
                      </p>
                    </div>
                  </li>
                ) : (
                  <li key={i} className="notice notice--warning">
                    {entry.text}
                  </li>
                ),
              )}
              {current?.type === 'ending' ? (
                <li className={`chat__item chat__ending chat__ending--${current.outcome}`}>
                  <p className="chat__ending-title">The conversation ends.</p>
                  <p>
                    How {first} feels: <strong>{current.customerFeels || <Missing what="How they feel" />}</strong>.
                  </p>
                  <p>{current.summary || <Missing what="What happens next" />}</p>
                </li>
              ) : null}
            </ol>

            {current?.type === 'choice' ? (
              <fieldset className="group">
                <legend>{current.prompt || 'What do you say?'}</legend>
                <ul className="choice-list">
                  {(current.options ?? []).map((option, i) => (
                    <li key={i}>
                      <button
                        type="button"
                        className="button button--quiet choice-button"
                        onClick={() => {
                          const best = Math.max(0, ...(current.options ?? []).map((o) => o.points ?? 0));
                          setPoints((p) => ({ got: p.got + (option.points ?? 0), max: p.max + best }));
                          advance(option.next, [
                            ...entries,
                            { type: 'learner', text: option.text, feedback: option.feedback, points: option.points ?? 0, maxPoints: best },
                          ]);
                        }}
                      >
                        “{option.text || <Missing what={`Reply ${i + 1}`} />}”
                      </button>
                    </li>
                  ))}
                </ul>
              </fieldset>
            ) : current?.type === 'free-text' ? (
              <form
                className="stack"
                onSubmit={(event) => {
                  event.preventDefault();
                  void sendReply(current);
                }}
              >
                <div className="field">
                  <label htmlFor="pv-reply">{current.prompt || 'Your reply'}</label>
                  {current.hint ? (
                    <p className="field__hint" id="pv-reply-hint">
                      Hint: {current.hint}
                    </p>
                  ) : null}
                  <textarea
                    id="pv-reply"
                    rows={3}
                    value={reply}
                    aria-describedby={current.hint ? 'pv-reply-hint' : undefined}
                    onChange={(e) => setReply(e.target.value)}
                  />
                </div>
                {error ? (
                  <p className="field__error" role="alert">
                    {error}
                  </p>
                ) : null}
                <p>
                  <button type="submit" className="button button--primary" aria-disabled={busy || !reply.trim()}>
                    {busy ? 'Reading your reply…' : 'Send reply'}
                  </button>
                </p>
              </form>
            ) : current?.type === 'ending' ? (
              <div className="ending-card" role="status">
                <h3>
                  {current.outcome === 'resolved' ? 'Resolved' : current.outcome === 'partial' ? 'Partly resolved' : 'Customer lost'}
                </h3>
                <p>
                  Points: {points.got} of {points.max}
                </p>
              </div>
            ) : null}

            <p>
              <button type="button" className="button button--quiet" onClick={start}>
                Start again
              </button>
            </p>
          </>
        )}
      </div>
    </div>
  );
}
