import type { EffortMarker, FrictionItem, Persona, PurchaseFlowContent, PurchaseStage, StageTask, TaskOption } from '../content-types';
import { CKey, CSelect, CText, CTextArea, GroupErrors, ItemTools, ProblemCount, StringListField, freshId, moved, useAnnounce } from '../fields';
import { fieldId, focusIssue, useIssueCountWithin } from '../issues';
import { EFFORT_NAMES } from '../vocabulary';

const EFFORT_OPTIONS = (Object.keys(EFFORT_NAMES) as EffortMarker[]).map((value) => ({ value, label: EFFORT_NAMES[value] }));

const EMPTY_PERSONA: Persona = { name: '', situation: '', goals: [], needs: [], constraints: [], pressures: [], quote: '' };

/** The form editor of a purchase-flow simulation: persona, then ordered stages. */
export function PurchaseFlowEditor({
  content,
  onChange,
}: {
  content: PurchaseFlowContent;
  onChange: (content: PurchaseFlowContent) => void;
}) {
  const announce = useAnnounce();
  const persona = { ...EMPTY_PERSONA, ...(content.persona ?? {}) };
  const stages = content.stages ?? [];
  const setPersona = (changes: Partial<Persona>) => onChange({ ...content, persona: { ...persona, ...changes } });
  const setStage = (index: number, stage: PurchaseStage) =>
    onChange({ ...content, stages: stages.map((s, i) => (i === index ? stage : s)) });

  return (
    <div className="stack stack--lg">
      <section className="stack" aria-labelledby="pf-intro">
        <h2 id="pf-intro">Simulation</h2>
        <CTextArea
          path="intro"
          label="Introduction"
          hint="What the learner is about to do, in whose shoes, and what to look out for."
          value={content.intro}
          onChange={(intro) => onChange({ ...content, intro })}
        />
      </section>

      <section className="stack" aria-labelledby="pf-persona">
        <h2 id="pf-persona">Persona</h2>
        <p className="muted">The customer the learner walks the journey as. Always visible while they play.</p>
        <GroupErrors path="persona" />
        <CText path="persona.name" label="Name" value={persona.name} onChange={(name) => setPersona({ name })} />
        <CTextArea path="persona.situation" label="Situation" hint="Who they are, and what is going on in their life right now." value={persona.situation} onChange={(situation) => setPersona({ situation })} />
        <CTextArea path="persona.quote" label="In their own words" hint="Something they would say about this purchase." rows={2} value={persona.quote} onChange={(quote) => setPersona({ quote })} />
        <div className="fields-row fields-row--wide">
          <StringListField path="persona.goals" legend="Goals" itemLabel="Goal" min={1} max={10} values={persona.goals} onChange={(goals) => setPersona({ goals })} />
          <StringListField path="persona.needs" legend="Needs" itemLabel="Need" min={1} max={10} values={persona.needs} onChange={(needs) => setPersona({ needs })} />
          <StringListField path="persona.constraints" legend="Constraints" itemLabel="Constraint" max={10} values={persona.constraints} onChange={(constraints) => setPersona({ constraints })} />
          <StringListField path="persona.pressures" legend="Pressures" itemLabel="Pressure" max={10} values={persona.pressures} onChange={(pressures) => setPersona({ pressures })} />
        </div>
      </section>

      <section className="stack" aria-labelledby="pf-stages">
        <h2 id="pf-stages">Stages</h2>
        <p className="muted">
          In the order the customer lives them, two to twelve. Give each stage a situation, what
          the learner must do, and the friction you built in on purpose.
        </p>
        <GroupErrors path="stages" />
        <ol className="item-list">
          {stages.map((stage, index) => (
            <li key={index}>
              <StageCard
                stage={stage}
                index={index}
                count={stages.length}
                onChange={(s) => setStage(index, s)}
                onMove={(from, to) => onChange({ ...content, stages: moved(stages, from, to) })}
                onRemove={(i) => onChange({ ...content, stages: stages.filter((_, j) => j !== i) })}
              />
            </li>
          ))}
        </ol>
        {stages.length < 12 ? (
          <p>
            <button
              type="button"
              className="button button--quiet"
              onClick={() => {
                const key = freshId('stage', stages.map((s) => s.key));
                onChange({ ...content, stages: [...stages, { key, label: '', situation: '', tasks: [{ id: 'task-1', prompt: '' }], friction: [] }] });
                announce(`Added stage ${stages.length + 1}.`);
                requestAnimationFrame(() => focusIssue(`stages.${stages.length}.label`));
              }}
            >
              Add a stage
            </button>
          </p>
        ) : null}
      </section>
    </div>
  );
}

function StageCard({
  stage,
  index,
  count,
  onChange,
  onMove,
  onRemove,
}: {
  stage: PurchaseStage;
  index: number;
  count: number;
  onChange: (stage: PurchaseStage) => void;
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
}) {
  const announce = useAnnounce();
  const base = `stages.${index}`;
  const problems = useIssueCountWithin(base);
  const tasks = stage.tasks ?? [];
  const friction = stage.friction ?? [];
  const title = stage.label || `Stage ${index + 1}`;
  const setTask = (i: number, task: StageTask) => onChange({ ...stage, tasks: tasks.map((t, j) => (j === i ? task : t)) });
  const setFriction = (i: number, item: FrictionItem) =>
    onChange({ ...stage, friction: friction.map((f, j) => (j === i ? item : f)) });

  return (
    <article className={`item-card${problems ? ' item-card--invalid' : ''}`} aria-labelledby={`${fieldId(base)}-title`}>
      <div className="item-card__head">
        <h3 id={`${fieldId(base)}-title`}>
          <span id={fieldId(base)} tabIndex={-1}>
            {index + 1}. {title}
          </span>{' '}
          <ProblemCount path={base} />
        </h3>
        <ItemTools name={`stage “${title}”`} index={index} count={count} minCount={2} onMove={onMove} onRemove={onRemove} />
      </div>
      <GroupErrors path={base} />
      <div className="fields-row">
        <CText path={`${base}.label`} label="Stage name" value={stage.label} onChange={(label) => onChange({ ...stage, label })} />
        <CKey
          path={`${base}.key`}
          label="Key"
          hint="Used to group pain points in reports. Keep it stable once published."
          value={stage.key}
          onCommit={(key) => onChange({ ...stage, key })}
        />
      </div>
      <CTextArea
        path={`${base}.situation`}
        label="Situation"
        hint="What the persona faces at this stage, as they would see it."
        value={stage.situation}
        onChange={(situation) => onChange({ ...stage, situation })}
      />

      <fieldset className="group" id={fieldId(`${base}.tasks`)} tabIndex={-1}>
        <legend>Tasks</legend>
        <GroupErrors path={`${base}.tasks`} />
        <ol className="item-list">
          {tasks.map((task, ti) => (
            <li key={ti}>
              <TaskCard
                task={task}
                base={`${base}.tasks.${ti}`}
                name={`task ${ti + 1} of “${title}”`}
                index={ti}
                count={tasks.length}
                onChange={(t) => setTask(ti, t)}
                onMove={(from, to) => onChange({ ...stage, tasks: moved(tasks, from, to) })}
                onRemove={(r) => onChange({ ...stage, tasks: tasks.filter((_, j) => j !== r) })}
              />
            </li>
          ))}
        </ol>
        {tasks.length < 8 ? (
          <p>
            <button
              type="button"
              className="button button--quiet button--small"
              onClick={() => {
                onChange({ ...stage, tasks: [...tasks, { id: freshId('task', tasks.map((t) => t.id)), prompt: '' }] });
                announce(`Added task ${tasks.length + 1} to ${title}.`);
              }}
            >
              Add a task
            </button>
          </p>
        ) : null}
      </fieldset>

      <fieldset className="group" id={fieldId(`${base}.friction`)} tabIndex={-1}>
        <legend>Friction built in</legend>
        <p className="field__hint">
          What costs the persona time, money, patience or trust here. Learners should notice it
          and log it as a pain point.
        </p>
        <GroupErrors path={`${base}.friction`} />
        {friction.length === 0 ? <p className="muted">No friction at this stage yet.</p> : null}
        <ol className="item-list">
          {friction.map((item, fi) => {
            const at = `${base}.friction.${fi}`;
            return (
              <li key={fi} className="item-card item-card--nested" id={fieldId(at)} tabIndex={-1}>
                <div className="item-card__head">
                  <h4>Friction {fi + 1}</h4>
                  <ItemTools
                    name={`friction ${fi + 1} of “${title}”`}
                    index={fi}
                    count={friction.length}
                    onRemove={(r) => onChange({ ...stage, friction: friction.filter((_, j) => j !== r) })}
                  />
                </div>
                <GroupErrors path={`${at}.id`} />
                <CTextArea path={`${at}.description`} label="What happens" rows={2} value={item.description} onChange={(description) => setFriction(fi, { ...item, description })} />
                <CSelect
                  path={`${at}.effort`}
                  label="Mark of effort"
                  hint="The kind of customer effort this is."
                  options={EFFORT_OPTIONS}
                  placeholder="Choose"
                  value={item.effort}
                  onChange={(effort) => setFriction(fi, { ...item, effort: effort as EffortMarker })}
                />
              </li>
            );
          })}
        </ol>
        {friction.length < 10 ? (
          <p>
            <button
              type="button"
              className="button button--quiet button--small"
              onClick={() => {
                onChange({
                  ...stage,
                  friction: [...friction, { id: freshId('friction', friction.map((f) => f.id)), description: '', effort: 'extra-step' }],
                });
                announce(`Added friction ${friction.length + 1} to ${title}.`);
              }}
            >
              Add friction
            </button>
          </p>
        ) : null}
      </fieldset>
    </article>
  );
}

function TaskCard({
  task,
  base,
  name,
  index,
  count,
  onChange,
  onMove,
  onRemove,
}: {
  task: StageTask;
  base: string;
  name: string;
  index: number;
  count: number;
  onChange: (task: StageTask) => void;
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
}) {
  const options = task.options;
  const setOption = (i: number, option: TaskOption) =>
    onChange({ ...task, options: (options ?? []).map((o, j) => (j === i ? option : o)) });
  const mode = options ? 'options' : 'write';
  return (
    <div className="item-card item-card--nested" id={fieldId(base)} tabIndex={-1}>
      <div className="item-card__head">
        <h4>Task {index + 1}</h4>
        <ItemTools name={name} index={index} count={count} minCount={1} onMove={onMove} onRemove={onRemove} />
      </div>
      <GroupErrors path={`${base}.id`} />
      <CTextArea path={`${base}.prompt`} label="What the learner must do" rows={2} value={task.prompt} onChange={(prompt) => onChange({ ...task, prompt })} />
      <fieldset className="radio-group">
        <legend>How the learner answers</legend>
        <label>
          <input
            type="radio"
            name={`${base}-mode`}
            checked={mode === 'write'}
            onChange={() => onChange({ ...task, options: undefined })}
          />{' '}
          Writes what they did and what happened
        </label>
        <label>
          <input
            type="radio"
            name={`${base}-mode`}
            checked={mode === 'options'}
            onChange={() =>
              onChange({
                ...task,
                options: [
                  { id: 'option-1', label: '', outcome: '' },
                  { id: 'option-2', label: '', outcome: '' },
                ],
              })
            }
          />{' '}
          Picks one of several options and sees what follows
        </label>
      </fieldset>
      {options ? (
        <div className="stack" id={fieldId(`${base}.options`)} tabIndex={-1}>
          <GroupErrors path={`${base}.options`} />
          <ol className="item-list">
            {options.map((option, oi) => {
              const at = `${base}.options.${oi}`;
              return (
                <li key={oi} className="option-row" id={fieldId(at)} tabIndex={-1}>
                  <GroupErrors path={`${at}.id`} />
                  <CText path={`${at}.label`} label={`Option ${oi + 1}`} value={option.label} onChange={(label) => setOption(oi, { ...option, label })} />
                  <CTextArea
                    path={`${at}.outcome`}
                    label={`What follows option ${oi + 1}`}
                    rows={2}
                    value={option.outcome}
                    onChange={(outcome) => setOption(oi, { ...option, outcome })}
                  />
                  <ItemTools
                    name={`option ${oi + 1} of ${name}`}
                    index={oi}
                    count={options.length}
                    minCount={2}
                    onRemove={(r) => onChange({ ...task, options: options.filter((_, j) => j !== r) })}
                  />
                </li>
              );
            })}
          </ol>
          {options.length < 8 ? (
            <p>
              <button
                type="button"
                className="button button--quiet button--small"
                onClick={() =>
                  onChange({ ...task, options: [...options, { id: freshId('option', options.map((o) => o.id)), label: '', outcome: '' }] })
                }
              >
                Add an option
              </button>
            </p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
