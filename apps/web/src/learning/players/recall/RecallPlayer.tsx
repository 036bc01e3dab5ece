import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { focusAnswerPath, fieldId } from '../../attempt/DraftStatus';
import { RadioGroup, SelectField, TextAreaField, TextField, useErrorsUnder, useFieldError } from '../../attempt/fields';
import { PlayerFrame } from '../../attempt/PlayerFrame';
import { useAttemptDraft, type AttemptDraft } from '../../attempt/useAttemptDraft';
import type { CreatedSimilar, RecallContent, RecallDraft, RecallElement } from '../../kinds';
import type { Attempt } from '../../types';
import { unitName, unitOptions, useOwningUnits, type OwningUnits } from '../../units';
import { missingIn, STEPS, stepOfPath, WORD_TARGETS, type StepKey } from './recallSteps';

type Which = 'best' | 'worst';
type Experience = NonNullable<RecallDraft['best']>;

const FELT = [
  { value: 1, label: '1', hint: 'Barely' },
  { value: 2, label: '2', hint: 'A little' },
  { value: 3, label: '3', hint: 'Clearly' },
  { value: 4, label: '4', hint: 'Strongly' },
  { value: 5, label: '5', hint: 'Intensely' },
];

/** The recall exercise as a step-by-step wizard; the step is in the address, so a reload keeps it. */
export default function RecallPlayer({ attempt }: { attempt: Attempt }) {
  const draft = useAttemptDraft<RecallDraft>(attempt);
  const content = attempt.content as unknown as RecallContent;
  const units = useOwningUnits();
  const [params, setParams] = useSearchParams();
  const requested = Number(params.get('step') ?? '1');
  const step = Number.isInteger(requested) && requested >= 1 && requested <= STEPS.length ? requested - 1 : 0;
  const [focusPath, setFocusPath] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);

  function goTo(index: number) {
    setParams((p) => {
      const next = new URLSearchParams(p);
      next.set('step', String(index + 1));
      return next;
    });
  }

  // A new step: its heading takes focus (not on first load), like a new page would.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    if (focusPath) return;
    headingRef.current?.focus();
    headingRef.current?.scrollIntoView?.({ block: 'start' });
  }, [step]);

  // After following an error link: the field, once its step is on screen.
  useEffect(() => {
    if (!focusPath) return;
    if (stepOfPath(focusPath) !== step) return;
    focusAnswerPath(focusPath);
    setFocusPath(null);
  }, [focusPath, step]);

  function onGo(path: string) {
    setFocusPath(path);
    const target = stepOfPath(path);
    if (target !== step) goTo(target);
  }

  const current = STEPS[step]!;
  const answer = draft.answer;
  const complete = STEPS.slice(0, -1).map((s) => missingIn(s.key, content, answer).length === 0);
  const doneCount = complete.filter(Boolean).length;

  return (
    <PlayerFrame
      draft={draft}
      label="Recall exercise"
      onGo={onGo}
      scope={(path) => current.key === 'review' || stepOfPath(path) === step}
      progress={
        <span>
          Step {step + 1} of {STEPS.length} · {doneCount} of {STEPS.length - 1} parts complete
        </span>
      }
    >
      <div className="wizard">
        <Stepper step={step} complete={complete} />
        <div className="wizard__panel">
          <h2 className="wizard__title" tabIndex={-1} ref={headingRef}>
            <span className="wizard__count">
              Step {step + 1} of {STEPS.length}
            </span>
            {current.title}
          </h2>
          <StepBody stepKey={current.key} content={content} draft={draft} units={units} goTo={goTo} />
          <WizardNav step={step} goTo={goTo} />
        </div>
      </div>
    </PlayerFrame>
  );
}

function Stepper({ step, complete }: { step: number; complete: boolean[] }) {
  return (
    <nav className="stepper" aria-label="Steps of this exercise">
      <ol>
        {STEPS.map((s, i) => (
          <StepperItem key={s.key} index={i} stepKey={s.key} label={s.short} current={i === step} done={complete[i] ?? false} />
        ))}
      </ol>
    </nav>
  );
}

function StepperItem({
  index,
  stepKey,
  label,
  current,
  done,
}: {
  index: number;
  stepKey: StepKey;
  label: string;
  current: boolean;
  done: boolean;
}) {
  const problems = useErrorsUnder(stepKey).length;
  const state = problems ? `${problems} to fix` : done ? 'complete' : stepKey === 'review' ? '' : 'to do';
  return (
    <li className={`stepper__item${current ? ' stepper__item--current' : ''}${done ? ' stepper__item--done' : ''}${problems ? ' stepper__item--invalid' : ''}`}>
      <Link to={`?step=${index + 1}`} aria-current={current ? 'step' : undefined} replace={false}>
        <span className="stepper__mark" aria-hidden="true">
          {problems ? '!' : done ? '✓' : index + 1}
        </span>
        <span className="stepper__label">
          {label}
          {state ? <span className="visually-hidden">, {state}</span> : null}
        </span>
      </Link>
    </li>
  );
}

function WizardNav({ step, goTo }: { step: number; goTo: (index: number) => void }) {
  const last = step === STEPS.length - 1;
  return (
    <div className="wizard__nav">
      {step > 0 ? (
        <button type="button" className="button button--quiet" onClick={() => goTo(step - 1)}>
          <span aria-hidden="true">←</span> Back: {STEPS[step - 1]!.short}
        </button>
      ) : (
        <span />
      )}
      {!last ? (
        <button type="button" className="button button--primary" onClick={() => goTo(step + 1)}>
          Next: {STEPS[step + 1]!.short} <span aria-hidden="true">→</span>
        </button>
      ) : null}
    </div>
  );
}

interface StepProps {
  content: RecallContent;
  draft: AttemptDraft<RecallDraft>;
  units: OwningUnits;
  goTo: (index: number) => void;
}

function StepBody({ stepKey, ...props }: StepProps & { stepKey: StepKey }) {
  switch (stepKey) {
    case 'best':
    case 'worst':
      return <ExperienceStep which={stepKey} {...props} />;
    case 'reflection':
      return <ReflectionStep {...props} />;
    case 'analogy':
      return <AnalogyStep {...props} />;
    case 'action':
      return <ActionStep {...props} />;
    case 'sharing':
      return <SharingStep {...props} />;
    case 'review':
      return <ReviewStep {...props} />;
  }
}

function ExperienceStep({ which, content, draft }: StepProps & { which: Which }) {
  const exp: Experience = draft.answer[which] ?? {};
  const set = (patch: Partial<Experience>) =>
    draft.update((a) => ({ ...a, [which]: { ...(a[which] ?? {}), ...patch } }));
  const label = which === 'best' ? 'best' : 'worst';

  return (
    <div className="stack stack--lg">
      {which === 'best' ? <p className="lead-text">{content.intro}</p> : null}
      <div className="prompt-card">
        <p>{which === 'best' ? content.bestPrompt : content.worstPrompt}</p>
      </div>
      <TextAreaField
        path={`${which}.what`}
        label="What happened?"
        hint="Tell it as you would tell a friend: where you were, what you needed, what happened and how it ended."
        value={exp.what}
        onChange={(what) => set({ what })}
        rows={6}
        target={{ words: WORD_TARGETS.story }}
      />
      <TextField
        path={`${which}.where`}
        label="What kind of business was it?"
        hint="For example a bakery, an airline, a bank’s helpline. No need to name it."
        value={exp.where}
        onChange={(where) => set({ where })}
      />
      <ElementPicker which={which} content={content} draft={draft} />
      <div className="scale-pair">
        <RadioGroup
          path={`${which}.feltThen`}
          legend={`How strongly did you feel it at the time?`}
          options={FELT}
          value={exp.feltThen}
          onChange={(feltThen) => set({ feltThen })}
          variant="scale"
        />
        <RadioGroup
          path={`${which}.feltNow`}
          legend="And how strongly do you feel it now, remembering it?"
          options={FELT}
          value={exp.feltNow}
          onChange={(feltNow) => set({ feltNow })}
          variant="scale"
        />
      </div>
      <TextAreaField
        path={`${which}.whyItStuck`}
        label={`Why has your ${label} experience stayed with you?`}
        hint={content.whyItStuckPrompt}
        value={exp.whyItStuck}
        onChange={(whyItStuck) => set({ whyItStuck })}
        rows={4}
        target={{ words: WORD_TARGETS.whyItStuck }}
      />
    </div>
  );
}

/** Choose the elements the experience was made of, and say how each showed up. */
function ElementPicker({ which, content, draft }: { which: Which; content: RecallContent; draft: AttemptDraft<RecallDraft> }) {
  const chosen = draft.answer[which]?.elements ?? [];
  const path = `${which}.elements`;
  const { message, clear } = useFieldError(path);
  // Unticking by mistake must not lose a written note: it comes back with the tick.
  const setAside = useRef(new Map<string, string>());
  const byKey = new Map(content.elements.map((e) => [e.key, e]));

  function toggle(element: RecallElement, on: boolean) {
    clear();
    draft.update((a) => {
      const exp = a[which] ?? {};
      const list = exp.elements ?? [];
      if (on) {
        if (list.some((e) => e.key === element.key)) return a;
        const note = setAside.current.get(element.key);
        return { ...a, [which]: { ...exp, elements: [...list, note ? { key: element.key, note } : { key: element.key }] } };
      }
      const removed = list.find((e) => e.key === element.key);
      if (removed?.note) setAside.current.set(element.key, removed.note);
      return { ...a, [which]: { ...exp, elements: list.filter((e) => e.key !== element.key) } };
    });
  }

  function setNote(index: number, note: string) {
    draft.update((a) => {
      const exp = a[which] ?? {};
      const list = [...(exp.elements ?? [])];
      const item = list[index];
      if (!item) return a;
      list[index] = { ...item, note };
      return { ...a, [which]: { ...exp, elements: list } };
    });
  }

  const hintId = `${fieldId(path)}-hint`;
  const errorId = `${fieldId(path)}-error`;
  return (
    <div className="stack">
      <fieldset
        id={fieldId(path)}
        className={`fieldset element-picker${message ? ' field--invalid' : ''}`}
        aria-describedby={[hintId, message ? errorId : ''].filter(Boolean).join(' ')}
      >
        <legend>What was it made of?</legend>
        <p className="field__hint" id={hintId}>
          Choose at least {content.minElements} elements that shaped this experience, and say in a sentence how each
          showed up (up to four explained elements earn points). {chosen.length} chosen.
        </p>
        {message ? (
          <p className="field__error" id={errorId}>
            <span className="visually-hidden">Error: </span>
            {message}
          </p>
        ) : null}
        <ul className="element-grid">
          {content.elements.map((element) => {
            const id = `${fieldId(path)}-${element.key}`;
            const checked = chosen.some((c) => c.key === element.key);
            return (
              <li key={element.key} className={`element-option${checked ? ' element-option--on' : ''}`}>
                <input
                  type="checkbox"
                  id={id}
                  checked={checked}
                  onChange={(event) => toggle(element, event.target.checked)}
                  aria-describedby={`${id}-hint`}
                />
                <span className="choice__text">
                  <label htmlFor={id} className="element-option__label">
                    {element.label}
                  </label>
                  <span className="element-option__hint" id={`${id}-hint`}>
                    {element.hint}
                  </span>
                </span>
              </li>
            );
          })}
        </ul>
      </fieldset>
      {chosen.length > 0 ? (
        <div className="element-notes stack">
          <h3>How did each show up?</h3>
          {chosen.map((item, index) => {
            const element = byKey.get(item.key);
            return (
              <TextAreaField
                key={item.key}
                path={`${path}.${index}.note`}
                label={element?.label ?? item.key}
                hint={element?.hint}
                value={item.note}
                onChange={(note) => setNote(index, note)}
                rows={2}
                target={{ words: WORD_TARGETS.elementNote }}
              />
            );
          })}
        </div>
      ) : null}
    </div>
  );
}

const CREATED: { value: CreatedSimilar; label: string }[] = [
  { value: 'yes', label: 'Yes, I think we have' },
  { value: 'unsure', label: 'I am not sure' },
  { value: 'no', label: 'No, I do not think so' },
];

function ReflectionStep({ content, draft, units }: StepProps) {
  const r = draft.answer.reflection ?? {};
  const set = (patch: Partial<NonNullable<RecallDraft['reflection']>>) =>
    draft.update((a) => ({ ...a, reflection: { ...(a.reflection ?? {}), ...patch } }));
  const optional = r.createdSimilar === 'no';
  return (
    <div className="stack stack--lg">
      <div className="prompt-card">
        <p className="prompt-card__title">Questions to think about</p>
        <ul>
          {content.reflectionPrompts.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      </div>
      <RadioGroup
        path="reflection.createdSimilar"
        legend="Has our organization created experiences like these for its own customers?"
        options={CREATED}
        value={r.createdSimilar}
        onChange={(createdSimilar) => set({ createdSimilar })}
      />
      <div className="field-pair">
        <SelectField
          path="reflection.stageKey"
          label="Where in our customers’ journey?"
          hint="The stage where something like this could happen with us."
          value={r.stageKey}
          onChange={(stageKey) => set({ stageKey })}
          options={content.journeyStages.map((s) => ({ value: s.key, label: s.label }))}
          optional={optional}
        />
        <SelectField
          path="reflection.unitId"
          label="Which team’s work shapes that moment?"
          hint={
            units.limited
              ? 'The list of teams could not be loaded, so only your own department and team are offered. If another team owns it, name it in your reflection.'
              : 'The department or team whose work produces that moment, even if it never meets customers.'
          }
          value={r.unitId}
          onChange={(unitId) => set({ unitId })}
          options={unitOptions(units.units)}
          placeholder={units.isLoading ? 'Loading teams…' : 'Choose a team…'}
          optional={optional}
        />
      </div>
      <TextAreaField
        path="reflection.note"
        label="Your reflection"
        hint="What happened, or could happen, to our customers, and what would it take to change it?"
        value={r.note}
        onChange={(note) => set({ note })}
        rows={6}
        target={{ words: WORD_TARGETS.reflectionNote }}
      />
    </div>
  );
}

function AnalogyStep({ content, draft }: StepProps) {
  const a = draft.answer.analogy ?? {};
  const set = (patch: Partial<NonNullable<RecallDraft['analogy']>>) =>
    draft.update((answer) => ({ ...answer, analogy: { ...(answer.analogy ?? {}), ...patch } }));
  return (
    <div className="stack stack--lg">
      <div className="prompt-card">
        <p>{content.analogyPrompt}</p>
      </div>
      <div className="stack stack--sm">
        <TextField
          path="analogy.industry"
          label="A similar industry"
          value={a.industry}
          onChange={(industry) => set({ industry })}
        />
        {content.analogousIndustries.length > 0 ? (
          <div className="suggestions">
            <p className="muted small" id="industry-suggestions">
              Suggestions (choose one or write your own):
            </p>
            <ul className="chip-list" aria-labelledby="industry-suggestions">
              {content.analogousIndustries.map((industry) => (
                <li key={industry}>
                  <button
                    type="button"
                    className={`chip${a.industry === industry ? ' chip--on' : ''}`}
                    aria-pressed={a.industry === industry}
                    onClick={() => set({ industry })}
                  >
                    {industry}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
      <TextAreaField
        path="analogy.lesson"
        label="What do the best in that industry do that we could learn from?"
        value={a.lesson}
        onChange={(lesson) => set({ lesson })}
        rows={5}
        target={{ words: WORD_TARGETS.analogyLesson }}
      />
    </div>
  );
}

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function ActionStep({ content, draft }: StepProps) {
  const action = draft.answer.action ?? {};
  const set = (patch: Partial<NonNullable<RecallDraft['action']>>) =>
    draft.update((a) => {
      const next = { ...(a.action ?? {}), ...patch };
      if (!next.byDate) delete next.byDate;
      return { ...a, action: next };
    });
  const dateError = action.byDate && action.byDate < today() ? 'This date has passed: choose one in the coming weeks.' : null;
  return (
    <div className="stack stack--lg">
      <div className="prompt-card">
        <p>{content.actionPrompt}</p>
      </div>
      <TextAreaField
        path="action.text"
        label="I will…"
        hint="Something you can do yourself, in your own work, that a customer would notice."
        value={action.text}
        onChange={(text) => set({ text })}
        rows={4}
        target={{ words: WORD_TARGETS.action }}
      />
      <TextField
        path="action.byDate"
        type="date"
        label="By when?"
        hint="A date makes the commitment real, and earns points."
        value={action.byDate}
        onChange={(byDate) => set({ byDate: byDate || undefined })}
        optional
      />
      {dateError ? <p className="warning-text">{dateError}</p> : null}
    </div>
  );
}

function SharingStep({ content, draft }: StepProps) {
  const sharing = draft.answer.sharing ?? {};
  const set = (patch: Partial<NonNullable<RecallDraft['sharing']>>) =>
    draft.update((a) => ({ ...a, sharing: { ...(a.sharing ?? {}), ...patch } }));
  const worst = draft.answer.worst?.what;
  const best = draft.answer.best?.what;
  return (
    <div className="stack stack--lg">
      <div className="prompt-card">
        <p>{content.sharingPrompt}</p>
      </div>
      <RadioGroup
        path="sharing.consent"
        legend="Would you like to share your story?"
        hint="Sharing is voluntary and does not change your score."
        options={[
          { value: 'yes', label: 'Yes, share it without my name', hint: 'Colleagues will read it in the story library, anonymized.' },
          { value: 'no', label: 'No, keep it private', hint: 'Only you and your coach see your answers.' },
        ]}
        value={sharing.consent === undefined ? undefined : sharing.consent ? 'yes' : 'no'}
        onChange={(v) => set({ consent: v === 'yes' })}
        variant="cards"
      />
      {sharing.consent ? (
        <div className="stack stack--sm">
          <TextAreaField
            path="sharing.story"
            label="Your story, anonymized"
            hint="Leave out the names of people and businesses, places, dates and anything else that could identify you or them."
            value={sharing.story}
            onChange={(story) => set({ story })}
            rows={7}
          />
          {!sharing.story && (best || worst) ? (
            <p className="actions">
              {worst ? (
                <button type="button" className="button button--quiet button--small" onClick={() => set({ story: worst })}>
                  Start from my worst story
                </button>
              ) : null}
              {best ? (
                <button type="button" className="button button--quiet button--small" onClick={() => set({ story: best })}>
                  Start from my best story
                </button>
              ) : null}
            </p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

function ReviewStep({ content, draft, units, goTo }: StepProps) {
  const answer = draft.answer;
  const sections = STEPS.slice(0, -1).map((s, index) => ({ ...s, index, missing: missingIn(s.key, content, answer) }));
  const remaining = sections.reduce((n, s) => n + s.missing.length, 0);
  const stage = content.journeyStages.find((s) => s.key === answer.reflection?.stageKey)?.label;
  const team = unitName(units.units, answer.reflection?.unitId);
  const submitRef = useRef<HTMLButtonElement>(null);

  return (
    <div className="stack stack--lg">
      <p>
        {remaining === 0
          ? 'Everything is filled in. Read it through once more, then submit. You can retry later if you want to improve it.'
          : `${remaining} part${remaining === 1 ? ' is' : 's are'} still missing. You can submit when everything is filled in; your answers are saved in the meantime.`}
      </p>
      <ul className="review-list">
        {sections.map((s) => (
          <li key={s.key} className={s.missing.length ? 'review-item review-item--todo' : 'review-item review-item--done'}>
            <div>
              <h3>
                <span className="review-item__mark" aria-hidden="true">
                  {s.missing.length ? '○' : '✓'}
                </span>
                {s.short}
                <span className="visually-hidden">{s.missing.length ? ', not complete' : ', complete'}</span>
              </h3>
              {s.missing.length ? (
                <p className="muted small">Missing: {s.missing.join('; ')}.</p>
              ) : (
                <p className="muted small">{summaryOf(s.key, answer, stage, team)}</p>
              )}
            </div>
            <button type="button" className="button button--quiet button--small" onClick={() => goTo(s.index)}>
              {s.missing.length ? 'Complete' : 'Change'}
              <span className="visually-hidden"> {s.short}</span>
            </button>
          </li>
        ))}
      </ul>
      <div className="submit-row">
        <button
          ref={submitRef}
          type="button"
          className="button button--primary"
          onClick={() => void draft.submit()}
          disabled={draft.submitting || draft.status === 'conflict'}
        >
          {draft.submitting ? 'Submitting…' : 'Submit my answers'}
        </button>
        <p className="muted small">Your coach can read your answers once you submit. The score shows how it was earned.</p>
      </div>
    </div>
  );
}

function summaryOf(key: StepKey, answer: RecallDraft, stage?: string, team?: string): string {
  switch (key) {
    case 'best':
    case 'worst': {
      const exp = answer[key];
      return `${exp?.where ?? ''}: ${exp?.elements?.length ?? 0} elements, felt ${exp?.feltThen}/5 then and ${exp?.feltNow}/5 now.`;
    }
    case 'reflection':
      return [stage, team].filter(Boolean).join(' · ') || 'Answered.';
    case 'analogy':
      return answer.analogy?.industry ?? '';
    case 'action':
      return answer.action?.byDate ? `By ${answer.action.byDate}` : 'No date set';
    case 'sharing':
      return answer.sharing?.consent ? 'Shared anonymized to the story library' : 'Kept private';
    default:
      return '';
  }
}
