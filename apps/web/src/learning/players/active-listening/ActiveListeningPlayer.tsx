import { useEffect, useId, useRef, useState } from 'react';
import { PlayerFrame } from '../../attempt/PlayerFrame';
import { useAttemptDraft, type AttemptDraft } from '../../attempt/useAttemptDraft';
import type {
  ActiveListeningAnswer,
  ActiveListeningFraming,
  PendingDecision,
  Step,
  Transcript,
  TranscriptEntry,
} from '../../kinds';
import type { Attempt } from '../../types';
import { Highlighted, MoodMeter, SignalList } from './signals';
import { useLiveAnalysis } from './useLiveAnalysis';
import { CustomerBubble } from './CustomerBubble';

const EMPTY: Transcript = { entries: [], current: null, ending: null, mood: null, points: 0, maxPoints: 0 };

function decisionsIn(transcript: Transcript): number {
  return transcript.entries.filter((e) => e.type === 'choice' || e.type === 'free-text').length;
}

/**
 * The active-listening conversation: a chat transcript with the customer's words, tone, body
 * language and mood; the learner answers each turn by a choice or in their own words (with
 * live hints), and the server replays the conversation to say where it goes.
 */
export default function ActiveListeningPlayer({ attempt }: { attempt: Attempt }) {
  const draft = useAttemptDraft<ActiveListeningAnswer>(attempt);
  const framing = attempt.content as unknown as ActiveListeningFraming;
  const transcript = (draft.attempt.playState as unknown as Transcript | null) ?? EMPTY;
  const steps = draft.answer.steps ?? [];
  // A move sent but not yet answered by the server (saving, or retrying after a failure).
  const pendingStep: Step | undefined = steps.length > decisionsIn(transcript) ? steps[steps.length - 1] : undefined;
  const first = framing.customer.name.split(' ')[0] ?? framing.customer.name;
  const [focusFrom, setFocusFrom] = useState<number | null>(null);
  const logRef = useRef<HTMLOListElement>(null);

  // After a move, the customer's answer takes focus, so it is read first.
  useEffect(() => {
    if (focusFrom === null || pendingStep) return;
    const items = logRef.current?.querySelectorAll<HTMLElement>('[data-entry]');
    const target = items?.[focusFrom] ?? items?.[items.length - 1];
    target?.focus();
    target?.scrollIntoView?.({ block: 'nearest' });
    setFocusFrom(null);
  }, [focusFrom, pendingStep, transcript.entries.length]);

  async function send(step: Step) {
    const before = transcript.entries.length;
    setFocusFrom(before + 1);
    await draft.commit({ steps: [...steps, step] });
  }

  const decisions = decisionsIn(transcript);

  return (
    <PlayerFrame
      draft={draft}
      label="Conversation"
      onGo={() => undefined}
      progress={
        <span>
          {transcript.ending ? 'Conversation ended' : `Decision ${decisions + 1}`} · {draft.attempt.percent}% of the way
        </span>
      }
    >
      <div className="conversation">
        <aside className="conversation__side stack">
          <div className="card customer-card">
            <p className="persona__kicker">You are speaking with</p>
            <h2 className="persona__name">{framing.customer.name}</h2>
            <p>{framing.customer.context}</p>
          </div>
          <details className="card brief">
            <summary>Your brief</summary>
            <p>{framing.intro}</p>
          </details>
        </aside>
        <div className="conversation__main stack">
          <div className="conversation__mood">
            <MoodMeter mood={transcript.mood} name={first} />
          </div>
          <h2 className="visually-hidden">Conversation</h2>
          <div role="log" aria-label={`Conversation with ${framing.customer.name}`}>
            <ol className="chat" ref={logRef}>
              {transcript.entries.map((entry, i) => (
                <ChatEntry key={i} entry={entry} customerName={first} />
              ))}
              {pendingStep ? (
                <li className="chat__item chat__item--me chat__item--pending">
                  <div className="bubble bubble--me">
                    <p className="bubble__who">You</p>
                    <p>{'text' in pendingStep ? pendingStep.text : pendingOptionText(transcript.current, pendingStep)}</p>
                  </div>
                  <p className="typing" aria-live="polite">
                    {draft.status === 'error' ? 'Not sent yet: Footsteps will try again.' : `${first} is responding…`}
                  </p>
                </li>
              ) : null}
            </ol>
          </div>
          {transcript.ending ? (
            <EndingPanel draft={draft} />
          ) : transcript.current && !pendingStep ? (
            <DecisionPanel
              key={transcript.current.nodeId + decisions}
              draftKey={`${attempt.id}.${decisions}.${transcript.current.nodeId}`}
              decision={transcript.current}
              customerText={lastCustomerText(transcript, framing.customer.context)}
              customerName={first}
              disabled={draft.status === 'conflict'}
              onSend={send}
            />
          ) : null}
        </div>
      </div>
    </PlayerFrame>
  );
}

function pendingOptionText(decision: PendingDecision | null, step: Step): string {
  if (decision?.type === 'choice' && 'optionId' in step) {
    return decision.options.find((o) => o.id === step.optionId)?.text ?? '';
  }
  return '';
}

function lastCustomerText(transcript: Transcript, fallback: string): string {
  for (let i = transcript.entries.length - 1; i >= 0; i -= 1) {
    const entry = transcript.entries[i]!;
    if (entry.type === 'customer') return entry.text;
  }
  return fallback;
}

function ChatEntry({ entry, customerName }: { entry: TranscriptEntry; customerName: string }) {
  if (entry.type === 'customer') {
    return (
      <li className="chat__item chat__item--them" data-entry tabIndex={-1}>
        <CustomerBubble entry={entry} name={customerName} />
      </li>
    );
  }
  if (entry.type === 'choice') {
    return (
      <li className="chat__item chat__item--me" data-entry tabIndex={-1}>
        <div className="bubble bubble--me">
          <p className="bubble__who">You</p>
          <p className="bubble__text">{entry.text}</p>
        </div>
        <div className="coaching">
          <p className="coaching__label">Coaching</p>
          <p>{entry.feedback}</p>
        </div>
      </li>
    );
  }
  if (entry.type === 'free-text') {
    return (
      <li className="chat__item chat__item--me" data-entry tabIndex={-1}>
        <div className="bubble bubble--me">
          <p className="bubble__who">You</p>
          <p className="bubble__text">{entry.text}</p>
        </div>
        <div className="coaching">
          <p className="coaching__label">Coaching</p>
          <SignalList signals={entry.analysis.signals} compact />
          <p>{entry.feedback}</p>
        </div>
      </li>
    );
  }
  return (
    <li className={`chat__item chat__ending chat__ending--${entry.outcome}`} data-entry tabIndex={-1}>
      <p className="chat__ending-title">The conversation ends.</p>
      <p>
        How {customerName} feels: <strong>{entry.customerFeels}</strong>.
      </p>
      <p>{entry.summary}</p>
    </li>
  );
}

function DecisionPanel({
  draftKey,
  decision,
  customerText,
  customerName,
  disabled,
  onSend,
}: {
  draftKey: string;
  decision: PendingDecision;
  customerText: string;
  customerName: string;
  disabled: boolean;
  onSend: (step: Step) => Promise<void>;
}) {
  if (decision.type === 'choice') {
    return <ChoiceDecision decision={decision} disabled={disabled} onSend={onSend} />;
  }
  return (
    <FreeTextDecision
      draftKey={draftKey}
      decision={decision}
      customerText={customerText}
      customerName={customerName}
      disabled={disabled}
      onSend={onSend}
    />
  );
}

function ChoiceDecision({
  decision,
  disabled,
  onSend,
}: {
  decision: Extract<PendingDecision, { type: 'choice' }>;
  disabled: boolean;
  onSend: (step: Step) => Promise<void>;
}) {
  const id = useId();
  const [picked, setPicked] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  return (
    <form
      className="decision"
      onSubmit={(event) => {
        event.preventDefault();
        if (!picked) {
          setMissing(true);
          document.getElementById(`${id}-${decision.options[0]?.id}`)?.focus();
          return;
        }
        void onSend({ nodeId: decision.nodeId, optionId: picked });
      }}
    >
      <fieldset className="fieldset choice choice--cards" aria-describedby={missing ? `${id}-error` : undefined}>
        <legend>
          <span className="decision__title">{decision.prompt ?? 'What do you say?'}</span>
        </legend>
        {missing ? (
          <p className="field__error" id={`${id}-error`}>
            Choose what you say first.
          </p>
        ) : null}
        <div className="choice__options">
          {decision.options.map((option) => (
            <div className="choice__option" key={option.id}>
              <input
                type="radio"
                id={`${id}-${option.id}`}
                name={`${id}-reply`}
                checked={picked === option.id}
                onChange={() => {
                  setPicked(option.id);
                  setMissing(false);
                }}
              />
              <label htmlFor={`${id}-${option.id}`}>
                <span className="choice__label">“{option.text}”</span>
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      <p>
        <button type="submit" className="button button--primary" disabled={disabled}>
          Say it
        </button>
      </p>
    </form>
  );
}

/**
 * A reply being written is kept in this tab's session storage until it is sent, so a reload
 * does not lose it (the attempt itself only changes when the reply is sent).
 */
function useReplyDraft(key: string): [string, (text: string) => void, () => void] {
  const storageKey = `footsteps.reply.${key}`;
  const [text, setText] = useState(() => {
    try {
      return sessionStorage.getItem(storageKey) ?? '';
    } catch {
      return '';
    }
  });
  useEffect(() => {
    try {
      if (text) sessionStorage.setItem(storageKey, text);
      else sessionStorage.removeItem(storageKey);
    } catch {
      // Storage may be unavailable (private mode); the reply simply is not kept.
    }
  }, [storageKey, text]);
  const clear = () => {
    try {
      sessionStorage.removeItem(storageKey);
    } catch {
      // nothing to clear
    }
  };
  return [text, setText, clear];
}

function FreeTextDecision({
  draftKey,
  decision,
  customerText,
  customerName,
  disabled,
  onSend,
}: {
  draftKey: string;
  decision: Extract<PendingDecision, { type: 'free-text' }>;
  customerText: string;
  customerName: string;
  disabled: boolean;
  onSend: (step: Step) => Promise<void>;
}) {
  const id = useId();
  const [text, setText, clearDraft] = useReplyDraft(draftKey);
  const [hints, setHints] = useState(true);
  const [missing, setMissing] = useState(false);
  const live = useLiveAnalysis(customerText, text, hints);
  const analysis = live.analysis;
  const showEvidence = analysis && live.analysedText.trim() !== '' && analysis.evidence.length > 0;

  return (
    <form
      className="decision stack"
      onSubmit={(event) => {
        event.preventDefault();
        if (text.trim() === '') {
          setMissing(true);
          document.getElementById(`${id}-reply`)?.focus();
          return;
        }
        clearDraft();
        void onSend({ nodeId: decision.nodeId, text: text.trim() });
      }}
    >
      <div className={`field${missing ? ' field--invalid' : ''}`}>
        <label htmlFor={`${id}-reply`} className="decision__title">
          {decision.prompt}
        </label>
        {decision.hint ? (
          <p className="field__hint" id={`${id}-hint`}>
            {decision.hint}
          </p>
        ) : null}
        {missing ? (
          <p className="field__error" id={`${id}-error`}>
            Write your reply to {customerName} first.
          </p>
        ) : null}
        <textarea
          id={`${id}-reply`}
          rows={4}
          value={text}
          aria-invalid={missing ? true : undefined}
          aria-describedby={[decision.hint ? `${id}-hint` : '', missing ? `${id}-error` : '', hints ? `${id}-hints` : '']
            .filter(Boolean)
            .join(' ')}
          onChange={(event) => {
            setText(event.target.value);
            setMissing(false);
          }}
        />
      </div>
      <div className="hints-toggle">
        <input id={`${id}-toggle`} type="checkbox" checked={hints} onChange={(e) => setHints(e.target.checked)} />
        <label htmlFor={`${id}-toggle`}>Show live hints as I type</label>
      </div>
      {hints ? (
        <section className="live-hints" id={`${id}-hints`} aria-label="Live hints">
          {text.trim() === '' ? (
            <p className="muted small">
              As you type, Footsteps shows which listening moves your reply makes. Aim to name {customerName}’s feeling, say back
              what happened, and ask an open question.
            </p>
          ) : !analysis ? (
            <p className="muted small">{live.failed ? 'Hints are not available right now; you can still send your reply.' : 'Reading your reply…'}</p>
          ) : (
            <>
              <SignalList signals={analysis.signals} />
              <p className="live-hints__suggestion" aria-live="polite">
                <span className="live-hints__label">Hint:</span> {analysis.suggestion}
              </p>
              {showEvidence ? (
                <p className="live-hints__evidence">
                  <span className="live-hints__label">What was noticed: </span>
                  <Highlighted text={live.analysedText} evidence={analysis.evidence} />
                </p>
              ) : null}
            </>
          )}
        </section>
      ) : null}
      <p>
        <button type="submit" className="button button--primary" disabled={disabled}>
          Send reply
        </button>
      </p>
    </form>
  );
}

function EndingPanel({ draft }: { draft: AttemptDraft<ActiveListeningAnswer> }) {
  return (
    <div className="card ending-panel stack">
      <h2>The conversation is over</h2>
      <p>
        See your debrief: every turn with its coaching, the listening moves found in your replies, and how the score was earned.
      </p>
      <p>
        <button
          type="button"
          className="button button--primary"
          onClick={() => void draft.submit()}
          disabled={draft.submitting || draft.status === 'conflict'}
        >
          {draft.submitting ? 'Finishing…' : 'Finish and see my debrief'}
        </button>
      </p>
    </div>
  );
}
