import type { ReactNode } from 'react';
import type { PurchaseFlowContent, RecallContent } from '../authoring/content-types';
import { EFFORT_NAMES } from '../authoring/vocabulary';
import { useUnits, type ReviewedAttempt } from './api';
import { CommentThread } from './CommentThread';

/** Loose shapes of the answers: a submitted answer is complete, but older drafts may not be. */
interface Experience {
  what?: string;
  where?: string;
  elements?: { key: string; note?: string }[];
  feltThen?: number;
  feltNow?: number;
  whyItStuck?: string;
}
interface RecallAnswer {
  best?: Experience;
  worst?: Experience;
  reflection?: { createdSimilar?: string; stageKey?: string; unitId?: string; note?: string };
  analogy?: { industry?: string; lesson?: string };
  action?: { text?: string; byDate?: string };
  sharing?: { consent?: boolean; story?: string };
}
interface PurchaseAnswer {
  stages?: Record<string, { tasks?: Record<string, { optionId?: string; text?: string }>; emotion?: number; note?: string }>;
  painPoints?: { stageKey: string; severity: number; emotion: string; note: string; unitId: string }[];
}
interface Analysis {
  score: number;
  signals: Record<string, boolean>;
  evidence: { signal: string; start: number; end: number; text: string }[];
  suggestion: string;
}
type Entry =
  | { type: 'customer'; nodeId: string; text: string; emotion: string; mood: number; voiceTone: string; bodyLanguage: string }
  | { type: 'choice'; nodeId: string; text: string; feedback: string; points: number; maxPoints: number }
  | { type: 'free-text'; nodeId: string; text: string; feedback: string; points: number; maxPoints: number; analysis: Analysis }
  | { type: 'ending'; nodeId: string; outcome: string; customerFeels: string; summary: string; mood: number };

const FEELING = ['', 'very bad', 'bad', 'neutral', 'good', 'very good'];
const EMOTION_WORDS: Record<string, string> = { '-2': 'very negative', '-1': 'negative', '0': 'neutral', '1': 'positive', '2': 'very positive' };
const SIMILAR: Record<string, string> = { yes: 'Yes', no: 'No', unsure: 'Not sure' };
const SEVERITY = ['', 'Cosmetic', 'Minor', 'Moderate', 'Major', 'Catastrophe'];
const SIGNAL_WORDS: Record<string, string> = {
  emotion: 'Acknowledged the feeling',
  reflection: 'Reflected the situation',
  exploration: 'Asked an open question',
  upsell: 'Tried to sell',
  dismissal: 'Dismissed the customer',
};
const BAD_SIGNALS = new Set(['upsell', 'dismissal']);

function Step({ title, attempt, anchor, children }: { title: string; attempt: ReviewedAttempt; anchor: string; children: ReactNode }) {
  return (
    <section className="work-step" aria-label={title}>
      <h3>{title}</h3>
      {children}
      <CommentThread attemptId={attempt.id} anchor={anchor} comments={attempt.comments} about={`“${title}”`} />
    </section>
  );
}

function Words({ text }: { text: string | undefined }) {
  return text?.trim() ? <p className="learner-words">{text}</p> : <p className="muted">Nothing written.</p>;
}

function Pairs({ rows }: { rows: [string, ReactNode][] }) {
  return (
    <dl className="work-grid">
      {rows.map(([term, value]) => (
        <div key={term} style={{ display: 'contents' }}>
          <dt>{term}</dt>
          <dd>{value ?? '—'}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The learner's work, step by step (or turn by turn), each with its own comments. */
export function WorkView({ attempt }: { attempt: ReviewedAttempt }) {
  if (attempt.kind === 'recall') return <RecallWork attempt={attempt} />;
  if (attempt.kind === 'purchase-flow') return <PurchaseFlowWork attempt={attempt} />;
  return <ConversationWork attempt={attempt} />;
}

function useUnitName() {
  const units = useUnits();
  return (id: string | undefined) => {
    if (!id) return '—';
    if (units.isPending) return '…';
    return units.data?.find((u) => u.id === id)?.name ?? 'a team that no longer exists';
  };
}

function RecallWork({ attempt }: { attempt: ReviewedAttempt }) {
  const content = attempt.content as unknown as RecallContent;
  const answer = attempt.answer as RecallAnswer;
  const unitName = useUnitName();
  const element = (key: string) => content.elements?.find((e) => e.key === key)?.label ?? key;
  const experience = (which: 'best' | 'worst') => {
    const e = answer[which] ?? {};
    return (
      <Step key={which} title={which === 'best' ? 'Best experience' : 'Worst experience'} attempt={attempt} anchor={which}>
        <Pairs rows={[['Where', e.where]]} />
        <Words text={e.what} />
        <h4>What it was made of</h4>
        <ul className="bullets">
          {(e.elements ?? []).map((el) => (
            <li key={el.key}>
              <strong>{element(el.key)}:</strong> {el.note || '—'}
            </li>
          ))}
        </ul>
        <Pairs
          rows={[
            ['Felt then', e.feltThen ? `${e.feltThen} of 5 (${FEELING[e.feltThen]})` : undefined],
            ['Feels now', e.feltNow ? `${e.feltNow} of 5 (${FEELING[e.feltNow]})` : undefined],
          ]}
        />
        <h4>Why it stuck</h4>
        <Words text={e.whyItStuck} />
      </Step>
    );
  };
  const r = answer.reflection ?? {};
  return (
    <div className="stack">
      {experience('best')}
      {experience('worst')}
      <Step title="Reflection on our organization" attempt={attempt} anchor="reflection">
        <Pairs
          rows={[
            ['Have we created one like it?', r.createdSimilar ? SIMILAR[r.createdSimilar] : undefined],
            ['Where in the journey', content.journeyStages?.find((s) => s.key === r.stageKey)?.label ?? r.stageKey],
            ['Which team', r.unitId ? unitName(r.unitId) : undefined],
          ]}
        />
        <Words text={r.note} />
      </Step>
      <Step title="Another industry" attempt={attempt} anchor="analogy">
        <Pairs rows={[['Industry', answer.analogy?.industry]]} />
        <Words text={answer.analogy?.lesson} />
      </Step>
      <Step title="Commitment" attempt={attempt} anchor="action">
        <Words text={answer.action?.text} />
        {answer.action?.byDate ? <p className="muted">By {answer.action.byDate}</p> : null}
      </Step>
      <Step title="Sharing" attempt={attempt} anchor="sharing">
        <p>{answer.sharing?.consent ? 'Agreed to share the story, anonymized:' : 'Chose not to share the story.'}</p>
        {answer.sharing?.consent ? <Words text={answer.sharing.story} /> : null}
      </Step>
    </div>
  );
}

function PurchaseFlowWork({ attempt }: { attempt: ReviewedAttempt }) {
  const content = attempt.content as unknown as PurchaseFlowContent;
  const answer = attempt.answer as PurchaseAnswer;
  const unitName = useUnitName();
  const details = attempt.scoreDetails as { stages?: { stageKey?: string; key?: string; designed?: number; noticed?: number }[] } | null;
  return (
    <div className="stack">
      <p className="muted">
        Played as {content.persona?.name}. {content.stages?.length ?? 0} stages.
      </p>
      {(content.stages ?? []).map((stage) => {
        const s = answer.stages?.[stage.key];
        const pains = (answer.painPoints ?? []).filter((p) => p.stageKey === stage.key);
        const friction = details?.stages?.find((d) => (d.stageKey ?? d.key) === stage.key);
        return (
          <Step key={stage.key} title={`Stage: ${stage.label}`} attempt={attempt} anchor={`stages.${stage.key}`}>
            {stage.tasks.map((task) => {
              const result = s?.tasks?.[task.id];
              const option = task.options?.find((o) => o.id === result?.optionId);
              return (
                <div key={task.id}>
                  <p className="muted small">{task.prompt}</p>
                  {option ? (
                    <p className="learner-words">
                      Chose “{option.label}”. <span className="muted">{option.outcome}</span>
                    </p>
                  ) : (
                    <Words text={result?.text} />
                  )}
                </div>
              );
            })}
            <Pairs
              rows={[
                ['Emotion', s?.emotion !== undefined ? `${s.emotion > 0 ? '+' : ''}${s.emotion} (${EMOTION_WORDS[String(s.emotion)]})` : undefined],
                ['Note', s?.note],
              ]}
            />
            <h4>
              Pain points logged: {pains.length}
              {stage.friction.length ? ` (friction built in: ${stage.friction.length})` : ''}
            </h4>
            {pains.length ? (
              <ul className="bullets">
                {pains.map((p, i) => (
                  <li key={i}>
                    <strong>
                      {SEVERITY[p.severity]} ({p.severity}/5), {p.emotion}
                    </strong>
                    , owned by {unitName(p.unitId)}: {p.note}
                  </li>
                ))}
              </ul>
            ) : null}
            {stage.friction.length ? (
              <details>
                <summary>Friction built into this stage</summary>
                <ul className="bullets">
                  {stage.friction.map((f) => (
                    <li key={f.id}>
                      {f.description} <span className="muted">({EFFORT_NAMES[f.effort] ?? f.effort})</span>
                    </li>
                  ))}
                </ul>
                {friction?.noticed !== undefined ? (
                  <p className="muted small">
                    Noticed {friction.noticed} of {friction.designed}.
                  </p>
                ) : null}
              </details>
            ) : null}
          </Step>
        );
      })}
    </div>
  );
}

/** The reply with the words that earned each signal marked. */
function Evidence({ text, evidence }: { text: string; evidence: Analysis['evidence'] }) {
  const spans = [...evidence].filter((e) => e.start >= 0 && e.end <= text.length && e.start < e.end).sort((a, b) => a.start - b.start);
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [i, e] of spans.entries()) {
    if (e.start < at) continue;
    if (e.start > at) parts.push(text.slice(at, e.start));
    parts.push(
      <mark key={i} title={SIGNAL_WORDS[e.signal] ?? e.signal}>
        {text.slice(e.start, e.end)}
        <span className="visually-hidden"> ({SIGNAL_WORDS[e.signal] ?? e.signal})</span>
      </mark>,
    );
    at = e.end;
  }
  parts.push(text.slice(at));
  return <p className="learner-words rv-evidence">{parts}</p>;
}

function ConversationWork({ attempt }: { attempt: ReviewedAttempt }) {
  const play = attempt.playState as { entries?: Entry[] } | null;
  const entries = play?.entries ?? [];
  const customer = (attempt.content as { customer?: { name?: string } }).customer?.name ?? 'The customer';
  if (!entries.length) return <p className="muted">The conversation could not be replayed.</p>;
  return (
    <ol className="transcript">
      {entries.map((entry, i) => (
        <li key={i}>
          {entry.type === 'customer' ? (
            <div className="transcript__customer">
              <p>
                <strong>{customer}:</strong> {entry.text}
              </p>
              <p className="rv-cues">
                Feels {entry.emotion} · mood {entry.mood} of 5 · voice: {entry.voiceTone} · body: {entry.bodyLanguage}
              </p>
            </div>
          ) : entry.type === 'ending' ? (
            <div className="work-step">
              <h3>Ending: {entry.outcome === 'resolved' ? 'resolved' : entry.outcome === 'partial' ? 'partly resolved' : 'customer lost'}</h3>
              <p>
                {customer} feels {entry.customerFeels.toLowerCase()}. {entry.summary}
              </p>
            </div>
          ) : (
            <Step
              title={`${attempt.personName.split(/\s+/)[0]}’s reply (${entry.type === 'choice' ? 'chosen' : 'written'})`}
              attempt={attempt}
              anchor={entry.nodeId}
            >
              {entry.type === 'free-text' ? <Evidence text={entry.text} evidence={entry.analysis.evidence} /> : <Words text={entry.text} />}
              <p className="small">
                <strong>
                  {entry.points} of {entry.maxPoints} points.
                </strong>{' '}
                {entry.feedback}
              </p>
              {entry.type === 'free-text' ? (
                <ul className="rv-signal-list" aria-label="Signals found">
                  {Object.entries(entry.analysis.signals)
                    .filter(([, on]) => on)
                    .map(([signal]) => (
                      <li key={signal} className={`rv-signal ${BAD_SIGNALS.has(signal) ? 'rv-signal--bad' : 'rv-signal--good'}`}>
                        {SIGNAL_WORDS[signal] ?? signal}
                      </li>
                    ))}
                </ul>
              ) : null}
            </Step>
          )}
        </li>
      ))}
    </ol>
  );
}
