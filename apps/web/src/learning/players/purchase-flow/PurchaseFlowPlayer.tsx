import { useEffect, useRef, useState, type RefObject } from 'react';
import { Link, useSearchParams } from 'react-router';
import { fieldId, focusAnswerPath } from '../../attempt/DraftStatus';
import { RadioGroup, TextAreaField, useErrorsUnder } from '../../attempt/fields';
import { PlayerFrame } from '../../attempt/PlayerFrame';
import { useAttemptDraft, type AttemptDraft } from '../../attempt/useAttemptDraft';
import type { EmotionPoint, PlayedPurchaseStage, PurchaseFlowContent, PurchaseFlowDraft, PurchaseStage } from '../../kinds';
import type { Attempt } from '../../types';
import { unitName, useOwningUnits, type OwningUnits } from '../../units';
import { EmotionCurve } from './EmotionCurve';
import { PainPointForm, type PainPointDraft } from './PainPointForm';
import { PersonaPanel } from './PersonaPanel';
import { EMOTION_SCALE, EMOTION_WORDS, SEVERITIES, signed } from './vocabulary';

type StageDraft = NonNullable<PurchaseFlowDraft['stages']>[string];

const filled = (text: string | undefined) => typeof text === 'string' && text.trim() !== '';

/** What a stage still needs: each task done and the emotion rated (as the API counts it). */
export function stageMissing(stage: PurchaseStage, answer: StageDraft | undefined): string[] {
  const out: string[] = [];
  stage.tasks.forEach((task, i) => {
    const result = answer?.tasks?.[task.id];
    const done = task.options ? filled(result?.optionId) : filled(result?.text);
    if (!done) out.push(stage.tasks.length === 1 ? 'The task' : `Task ${i + 1}`);
  });
  if (answer?.emotion === undefined) out.push('How the customer feels');
  return out;
}

/** The emotion curve of the answer as it stands (the same rule as the API's playState). */
export function curveOf(content: PurchaseFlowContent, answer: PurchaseFlowDraft): EmotionPoint[] {
  return content.stages.map((stage) => {
    const logged = (answer.painPoints ?? []).filter((p) => p.stageKey === stage.key);
    const severities = logged.map((p) => p.severity).filter((s): s is NonNullable<typeof s> => s !== undefined);
    return {
      stageKey: stage.key,
      label: stage.label,
      emotion: answer.stages?.[stage.key]?.emotion ?? null,
      painPoints: logged.length,
      maxSeverity: severities.length ? Math.max(...severities) : null,
    };
  });
}

/** The purchase-flow simulator: the persona beside every stage, pain points logged as they come. */
export default function PurchaseFlowPlayer({ attempt }: { attempt: Attempt }) {
  const draft = useAttemptDraft<PurchaseFlowDraft>(attempt);
  const content = attempt.content as unknown as PurchaseFlowContent;
  const units = useOwningUnits();
  const [params, setParams] = useSearchParams();
  const total = content.stages.length + 1;
  const requested = Number(params.get('stage') ?? '1');
  const index = Number.isInteger(requested) && requested >= 1 && requested <= total ? requested - 1 : 0;
  const stage = content.stages[index];
  const [focusPath, setFocusPath] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);

  function goTo(i: number) {
    setParams((p) => {
      const next = new URLSearchParams(p);
      next.set('stage', String(i + 1));
      return next;
    });
  }

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    if (focusPath) return;
    headingRef.current?.focus();
    headingRef.current?.scrollIntoView?.({ block: 'start' });
  }, [index]);

  function stageIndexOf(path: string): number {
    const [head, key] = path.split('.');
    if (head === 'stages') {
      const i = content.stages.findIndex((s) => s.key === key);
      return i >= 0 ? i : content.stages.length;
    }
    if (head === 'painPoints') {
      const point = draft.answer.painPoints?.[Number(key)];
      const i = content.stages.findIndex((s) => s.key === point?.stageKey);
      return i >= 0 ? i : content.stages.length;
    }
    return content.stages.length;
  }

  useEffect(() => {
    if (!focusPath || stageIndexOf(focusPath) !== index) return;
    focusAnswerPath(focusPath);
    setFocusPath(null);
  });

  function onGo(path: string) {
    setFocusPath(path);
    const target = stageIndexOf(path);
    if (target !== index) goTo(target);
  }

  const doneStages = content.stages.filter((s) => stageMissing(s, draft.answer.stages?.[s.key]).length === 0).length;
  const painCount = draft.answer.painPoints?.length ?? 0;

  return (
    <PlayerFrame
      draft={draft}
      label="Journey simulation"
      onGo={onGo}
      scope={(path) => index === content.stages.length || stageIndexOf(path) === index}
      describe={(path) => {
        const i = stageIndexOf(path);
        return i < content.stages.length ? content.stages[i]!.label : null;
      }}
      progress={
        <span>
          {doneStages} of {content.stages.length} stages done · {painCount} pain point{painCount === 1 ? '' : 's'} logged
        </span>
      }
    >
      <div className="journey">
        <PersonaPanel persona={content.persona} />
        <div className="journey__main stack stack--lg">
          <StageStepper content={content} answer={draft.answer} index={index} />
          {stage ? (
            <StagePanel
              key={stage.key}
              stage={stage}
              position={index}
              content={content}
              draft={draft}
              units={units}
              headingRef={headingRef}
              goTo={goTo}
            />
          ) : (
            <JourneyReview content={content} draft={draft} headingRef={headingRef} goTo={goTo} />
          )}
        </div>
      </div>
    </PlayerFrame>
  );
}

function StageStepper({ content, answer, index }: { content: PurchaseFlowContent; answer: PurchaseFlowDraft; index: number }) {
  return (
    <nav className="stepper stepper--horizontal" aria-label="Stages of the journey">
      <ol>
        {content.stages.map((s, i) => (
          <StageStep
            key={s.key}
            i={i}
            label={s.label}
            stageKey={s.key}
            current={i === index}
            done={stageMissing(s, answer.stages?.[s.key]).length === 0}
          />
        ))}
        <li className={`stepper__item${index === content.stages.length ? ' stepper__item--current' : ''}`}>
          <Link to={`?stage=${content.stages.length + 1}`} aria-current={index === content.stages.length ? 'step' : undefined}>
            <span className="stepper__mark" aria-hidden="true">
              ∿
            </span>
            <span className="stepper__label">Your journey</span>
          </Link>
        </li>
      </ol>
    </nav>
  );
}

function StageStep({ i, label, stageKey, current, done }: { i: number; label: string; stageKey: string; current: boolean; done: boolean }) {
  const problems = useErrorsUnder(`stages.${stageKey}`).length;
  return (
    <li className={`stepper__item${current ? ' stepper__item--current' : ''}${done ? ' stepper__item--done' : ''}${problems ? ' stepper__item--invalid' : ''}`}>
      <Link to={`?stage=${i + 1}`} aria-current={current ? 'step' : undefined}>
        <span className="stepper__mark" aria-hidden="true">
          {problems ? '!' : done ? '✓' : i + 1}
        </span>
        <span className="stepper__label">
          {label.split(':')[0]}
          <span className="visually-hidden">{problems ? `, ${problems} to fix` : done ? ', done' : ', to do'}</span>
        </span>
      </Link>
    </li>
  );
}

interface StagePanelProps {
  stage: PurchaseStage;
  position: number;
  content: PurchaseFlowContent;
  draft: AttemptDraft<PurchaseFlowDraft>;
  units: OwningUnits;
  headingRef: RefObject<HTMLHeadingElement | null>;
  goTo: (i: number) => void;
}

function StagePanel({ stage, position, content, draft, units, headingRef, goTo }: StagePanelProps) {
  const answer = draft.answer.stages?.[stage.key];
  const first = content.persona.name.split(' ')[0] ?? content.persona.name;
  const last = position === content.stages.length - 1;

  const setStage = (patch: (s: StageDraft) => StageDraft) =>
    draft.update((a) => ({ ...a, stages: { ...(a.stages ?? {}), [stage.key]: patch(a.stages?.[stage.key] ?? {}) } }));
  const setTask = (taskId: string, result: { optionId?: string; text?: string }) =>
    setStage((s) => ({ ...s, tasks: { ...(s.tasks ?? {}), [taskId]: result } }));

  return (
    <section className="stage stack stack--lg" aria-labelledby={`stage-${stage.key}-title`}>
      <h2 id={`stage-${stage.key}-title`} className="wizard__title" tabIndex={-1} ref={headingRef}>
        <span className="wizard__count">
          Stage {position + 1} of {content.stages.length}
        </span>
        {stage.label}
      </h2>
      <div className="situation">
        <p className="situation__label">The situation</p>
        <p>{stage.situation}</p>
      </div>

      <div className="stack stack--lg">
        {stage.tasks.map((task, i) => {
          const path = `stages.${stage.key}.tasks.${task.id}`;
          const result = answer?.tasks?.[task.id];
          const taskLabel = (
            <>
              <span className="task-number">{stage.tasks.length > 1 ? `Task ${i + 1}. ` : 'Your task. '}</span>
              {task.prompt}
            </>
          );
          if (task.options) {
            const picked = task.options.find((o) => o.id === result?.optionId);
            return (
              <div key={task.id} className="task stack stack--sm">
                <RadioGroup
                  path={path}
                  legend={taskLabel}
                  options={task.options.map((o) => ({ value: o.id, label: o.label }))}
                  value={result?.optionId}
                  onChange={(optionId) => setTask(task.id, { optionId })}
                  variant="cards"
                />
                <div aria-live="polite">
                  {picked ? (
                    <div className="outcome">
                      <p className="outcome__label">What happens</p>
                      <p>{picked.outcome}</p>
                    </div>
                  ) : null}
                </div>
              </div>
            );
          }
          return (
            <div key={task.id} className="task">
              <TextAreaField
                path={path}
                label={taskLabel}
                hint={`Write what ${first} does and what happens, as you imagine it.`}
                value={result?.text}
                onChange={(text) => setTask(task.id, { text })}
                rows={4}
              />
            </div>
          );
        })}
      </div>

      <PainPoints stage={stage} content={content} draft={draft} units={units} first={first} />

      <RadioGroup
        path={`stages.${stage.key}.emotion`}
        legend={`How does ${first} feel at the end of this stage?`}
        options={EMOTION_SCALE.map((v) => ({ value: v, label: signed(v), hint: EMOTION_WORDS[v] }))}
        value={answer?.emotion}
        onChange={(emotion) => setStage((s) => ({ ...s, emotion }))}
        variant="scale"
      />
      <TextAreaField
        path={`stages.${stage.key}.note`}
        label={`What is ${first} thinking here?`}
        value={answer?.note}
        onChange={(note) => setStage((s) => ({ ...s, note }))}
        rows={2}
        optional
      />

      <div className="wizard__nav">
        {position > 0 ? (
          <button type="button" className="button button--quiet" onClick={() => goTo(position - 1)}>
            <span aria-hidden="true">←</span> Previous stage
          </button>
        ) : (
          <span />
        )}
        <button type="button" className="button button--primary" onClick={() => goTo(position + 1)}>
          {last ? 'See the whole journey' : 'Next stage'} <span aria-hidden="true">→</span>
        </button>
      </div>
    </section>
  );
}

function PainPoints({
  stage,
  content,
  draft,
  units,
  first,
}: {
  stage: PurchaseStage;
  content: PurchaseFlowContent;
  draft: AttemptDraft<PurchaseFlowDraft>;
  units: OwningUnits;
  first: string;
}) {
  const all = draft.answer.painPoints ?? [];
  const here = all.map((p, index) => ({ p, index })).filter(({ p }) => p.stageKey === stage.key);
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const addRef = useRef<HTMLButtonElement>(null);
  // While playing, the API sends only how many moments of friction a stage hides.
  const designed = (stage as PlayedPurchaseStage).frictionCount ?? stage.friction.length;

  // When the form closes, focus goes back to the button that opened it.
  const restoreFocus = useRef(false);
  useEffect(() => {
    if (editing === null && restoreFocus.current) {
      restoreFocus.current = false;
      addRef.current?.focus();
    }
  }, [editing]);

  function close(message?: string) {
    restoreFocus.current = true;
    setEditing(null);
    if (message) setAnnouncement(message);
  }

  function save(point: PainPointDraft) {
    if (editing === 'new') {
      draft.update((a) => ({ ...a, painPoints: [...(a.painPoints ?? []), point] }));
      const count = here.length + (point.stageKey === stage.key ? 1 : 0);
      close(`Pain point added. ${count} logged at this stage.`);
    } else if (typeof editing === 'number') {
      draft.update((a) => ({ ...a, painPoints: (a.painPoints ?? []).map((p, i) => (i === editing ? point : p)) }));
      close('Pain point saved.');
    }
  }

  function remove(index: number) {
    draft.update((a) => ({ ...a, painPoints: (a.painPoints ?? []).filter((_, i) => i !== index) }));
    close('Pain point removed.');
  }

  return (
    <section className="pain-points" aria-labelledby={`pain-${stage.key}-title`}>
      <div className="pain-points__head">
        <h3 id={`pain-${stage.key}-title`}>Pain points at this stage</h3>
        <p className="muted small">
          {designed > 0
            ? `This stage hides ${designed} moment${designed === 1 ? '' : 's'} that cost ${first} effort, money or trust. Log each one you notice, with the team that owns it.`
            : `Log anything that costs ${first} effort, money or trust, with the team that owns it.`}
        </p>
      </div>
      {here.length > 0 ? (
        <ul className="pain-list">
          {here.map(({ p, index }) =>
            editing === index ? (
              <li key={index}>
                <PainPointForm
                  stages={content.stages}
                  units={units}
                  initial={p}
                  personaName={first}
                  onSave={save}
                  onCancel={() => close()}
                />
              </li>
            ) : (
              <PainPointItem
                key={index}
                index={index}
                point={p}
                units={units}
                onEdit={() => setEditing(index)}
                onRemove={() => remove(index)}
              />
            ),
          )}
        </ul>
      ) : null}
      {editing === 'new' ? (
        <PainPointForm
          stages={content.stages}
          units={units}
          initial={{ stageKey: stage.key }}
          personaName={first}
          onSave={save}
          onCancel={() => close()}
        />
      ) : (
        <button
          ref={addRef}
          type="button"
          className="button button--small pain-points__add"
          onClick={() => setEditing('new')}
          disabled={editing !== null}
        >
          <span aria-hidden="true">＋</span> Log a pain point
        </button>
      )}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </section>
  );
}

function PainPointItem({
  index,
  point,
  units,
  onEdit,
  onRemove,
}: {
  index: number;
  point: PainPointDraft;
  units: OwningUnits;
  onEdit: () => void;
  onRemove: () => void;
}) {
  const problems = useErrorsUnder(`painPoints.${index}`);
  const severity = point.severity ? SEVERITIES[point.severity] : null;
  return (
    <li id={fieldId(`painPoints.${index}`)} tabIndex={-1} className={`pain-item${problems.length ? ' field--invalid' : ''}`}>
      <div className="pain-item__body">
        <p className="pain-item__meta">
          {point.severity ? (
            <span className={`severity severity--${point.severity}`}>
              Severity {point.severity}: {severity?.label}
            </span>
          ) : null}
          {point.emotion ? <span>{point.emotion}</span> : null}
          <span className="muted">{unitName(units.units, point.unitId) ?? 'Another team'}</span>
        </p>
        <p>{point.note}</p>
        {problems.map((e) => (
          <p key={e.path} className="field__error">
            {e.message}
          </p>
        ))}
      </div>
      <p className="pain-item__actions">
        <button type="button" className="link-button" onClick={onEdit}>
          Edit<span className="visually-hidden"> pain point: {point.note}</span>
        </button>
        <button type="button" className="link-button link-button--danger" onClick={onRemove}>
          Remove<span className="visually-hidden"> pain point: {point.note}</span>
        </button>
      </p>
    </li>
  );
}

function JourneyReview({
  content,
  draft,
  headingRef,
  goTo,
}: {
  content: PurchaseFlowContent;
  draft: AttemptDraft<PurchaseFlowDraft>;
  headingRef: RefObject<HTMLHeadingElement | null>;
  goTo: (i: number) => void;
}) {
  const answer = draft.answer;
  const curve = curveOf(content, answer);
  const todo = content.stages
    .map((s, i) => ({ s, i, missing: stageMissing(s, answer.stages?.[s.key]) }))
    .filter((x) => x.missing.length > 0);
  const first = content.persona.name.split(' ')[0] ?? content.persona.name;

  return (
    <section className="stack stack--lg" aria-labelledby="journey-review-title">
      <h2 id="journey-review-title" className="wizard__title" tabIndex={-1} ref={headingRef}>
        <span className="wizard__count">The whole journey</span>
        How {first}’s journey felt
      </h2>
      <EmotionCurve points={curve} personaName={first} />
      {todo.length > 0 ? (
        <div className="notice notice--info">
          <p>
            <strong>
              {todo.length} stage{todo.length === 1 ? '' : 's'} still to finish
            </strong>{' '}
            before you can submit:
          </p>
          <ul className="todo-list">
            {todo.map(({ s, i, missing }) => (
              <li key={s.key}>
                <button type="button" className="link-button" onClick={() => goTo(i)}>
                  {s.label}
                </button>
                : {missing.join(', ').toLowerCase()}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p>
          Every stage is done. When you submit, you will see which moments of friction were built into each stage and how many you
          noticed.
        </p>
      )}
      <div className="submit-row">
        <button
          type="button"
          className="button button--primary"
          onClick={() => void draft.submit()}
          disabled={draft.submitting || draft.status === 'conflict'}
        >
          {draft.submitting ? 'Submitting…' : 'Submit my journey'}
        </button>
        <p className="muted small">You can still go back to any stage and log more pain points before you submit.</p>
      </div>
    </section>
  );
}
