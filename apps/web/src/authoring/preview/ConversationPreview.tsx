import { useState } from 'react';
import { api, call } from '../../api/client';
import type { components } from '../../api/schema';
import type { ActiveListeningContent, BranchRule, ScenarioNode } from '../content-types';
import { Missing } from './ModulePreview';

type Analysis = components['schemas']['EmpathyAnalysisDto'];

type Entry =
  | { type: 'customer'; node: Extract<ScenarioNode, { type: 'customer' }> }
  | { type: 'learner'; text: string; feedback?: string; points?: number; maxPoints?: number; analysis?: Analysis }
  | { type: 'problem'; text: string };

const MOOD_WORDS = ['', 'furious or leaving', 'upset', 'guarded', 'calmer', 'at ease'];
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

function MoodMeter({ mood }: { mood: number | undefined }) {
  if (!mood) return null;
  return (
    <p className="pv-mood">
      <span className="pv-mood__label">Mood:</span>{' '}
      <span className="pv-mood__dots" aria-hidden="true">
        {[1, 2, 3, 4, 5].map((n) => (
          <span key={n} className={`pv-mood__dot${n <= mood ? ' pv-mood__dot--on' : ''}`} />
        ))}
      </span>{' '}
      <span>
        {mood} of 5, {MOOD_WORDS[mood]}
      </span>
    </p>
  );
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

  return (
    <div className="stack conversation-preview">
      <div className="stack">
        <p className="preview-prose">{content.intro || <Missing what="The introduction" />}</p>
        <div className="persona-card">
          <h3>{content.customer?.name || <Missing what="The customer’s name" />}</h3>
          <p>{content.customer?.context || <Missing what="Who the customer is" />}</p>
        </div>
      </div>
      {!started ? (
        <p>
          <button type="button" className="button button--primary" onClick={start}>
            Start the conversation
          </button>
        </p>
      ) : (
        <>
          <ol className="pv-chat" aria-label="Conversation">
            {entries.map((entry, i) => (
              <li key={i} className={`pv-chat__turn pv-chat__turn--${entry.type}`}>
                {entry.type === 'customer' ? (
                  <>
                    <p className="pv-chat__who">{content.customer?.name || 'Customer'}</p>
                    <p className="pv-chat__bubble">{entry.node.text || <Missing what="What the customer says" />}</p>
                    <p className="pv-chat__cues">
                      <span>Feels: {entry.node.emotion || '—'}</span>
                      <span>Voice: {entry.node.voiceTone || '—'}</span>
                      <span>Body: {entry.node.bodyLanguage || '—'}</span>
                    </p>
                    <MoodMeter mood={entry.node.mood} />
                  </>
                ) : entry.type === 'learner' ? (
                  <>
                    <p className="pv-chat__who">You</p>
                    <p className="pv-chat__bubble">{entry.text || <Missing what="The reply" />}</p>
                    {entry.feedback !== undefined ? (
                      <p className="pv-chat__feedback">
                        <strong>
                          {entry.points} {entry.points === 1 ? 'point' : 'points'}.
                        </strong>{' '}
                        {entry.feedback || <Missing what="Feedback" />}
                      </p>
                    ) : null}
                    {entry.analysis ? (
                      <div className="pv-chat__feedback">
                        <p>
                          <strong>
                            {entry.points} of {entry.maxPoints} points
                          </strong>{' '}
                          (empathy score {entry.analysis.score}).{' '}
                          {signalSentence(entry.analysis.signals)}
                        </p>
                        {entry.analysis.suggestion ? <p>{entry.analysis.suggestion}</p> : null}
                      </div>
                    ) : null}
                  </>
                ) : (
                  <p className="notice notice--warning">{entry.text}</p>
                )}
              </li>
            ))}
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
                        setPoints((p) => ({
                          got: p.got + (option.points ?? 0),
                          max: p.max + Math.max(0, ...(current.options ?? []).map((o) => o.points ?? 0)),
                        }));
                        advance(option.next, [
                          ...entries,
                          { type: 'learner', text: option.text, feedback: option.feedback, points: option.points ?? 0 },
                        ]);
                      }}
                    >
                      {option.text || <Missing what={`Reply ${i + 1}`} />}
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
                <strong>{content.customer?.name || 'The customer'} feels:</strong>{' '}
                {current.customerFeels || <Missing what="How they feel" />}
              </p>
              <p>{current.summary || <Missing what="What happens next" />}</p>
              <MoodMeter mood={current.mood} />
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
  );
}
