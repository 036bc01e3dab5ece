import { memo, useCallback, useMemo, useRef } from 'react';
import type {
  ActiveListeningContent,
  BranchRule,
  ChoiceNode,
  ChoiceOption,
  CustomerNode,
  EndingNode,
  FreeTextNode,
  ReplySignal,
  ScenarioNode,
} from '../content-types';
import {
  CKey,
  CNumber,
  CSelect,
  CText,
  CTextArea,
  GroupErrors,
  ItemTools,
  ProblemCount,
  freshId,
  moved,
  useAnnounce,
} from '../fields';
import { fieldId, focusIssue, useIssueCountWithin } from '../issues';

type NodeType = ScenarioNode['type'];

export const NODE_TYPE_NAMES: Record<NodeType, string> = {
  customer: 'Customer turn',
  choice: 'Choice',
  'free-text': 'Free-text reply',
  ending: 'Ending',
};

export const MOOD_OPTIONS = [
  { value: '1', label: '1 · Furious or leaving' },
  { value: '2', label: '2 · Upset' },
  { value: '3', label: '3 · Guarded' },
  { value: '4', label: '4 · Calmer' },
  { value: '5', label: '5 · At ease' },
];

const OUTCOME_OPTIONS = [
  { value: 'resolved', label: 'Resolved: the customer leaves satisfied' },
  { value: 'partial', label: 'Partly resolved' },
  { value: 'lost', label: 'Lost: the customer gives up on us' },
];

const SIGNALS: { key: ReplySignal; label: string }[] = [
  { key: 'emotion', label: 'Acknowledges the feeling' },
  { key: 'reflection', label: 'Reflects the situation' },
  { key: 'exploration', label: 'Asks an open question' },
  { key: 'upsell', label: 'Tries to sell' },
  { key: 'dismissal', label: 'Dismisses (blame, policy, minimising)' },
];

/** Where a node leads, tolerant of a half-written node. */
export function edgesOf(node: ScenarioNode): { via: string; target: string; path: string }[] {
  switch (node.type) {
    case 'customer':
      return [{ via: 'then', target: node.next ?? '', path: 'next' }];
    case 'choice':
      return (node.options ?? []).map((option, i) => ({
        via: `option ${i + 1}${option.text ? ` “${truncate(option.text, 40)}”` : ''}`,
        target: option.next ?? '',
        path: `options.${i}.next`,
      }));
    case 'free-text':
      return [
        ...(node.branches ?? []).map((branch, i) => ({
          via: `if ${describeCondition(branch.when)}`,
          target: branch.next ?? '',
          path: `branches.${i}.next`,
        })),
        { via: 'otherwise', target: node.otherwise ?? '', path: 'otherwise' },
      ];
    default:
      return [];
  }
}

export function describeCondition(when: BranchRule['when'] | undefined): string {
  if (!when) return 'no condition';
  const parts: string[] = [];
  if (when.minScore !== undefined) parts.push(`score ≥ ${when.minScore}`);
  if (when.maxScore !== undefined) parts.push(`score ≤ ${when.maxScore}`);
  for (const { key, label } of SIGNALS) {
    const value = when.signals?.[key];
    if (value !== undefined) parts.push(`${value ? '' : 'not: '}${label.toLowerCase()}`);
  }
  return parts.length ? parts.join(' and ') : 'no condition';
}

export function truncate(text: string, length: number): string {
  const clean = text.trim().replace(/\s+/g, ' ');
  return clean.length > length ? `${clean.slice(0, length - 1)}…` : clean;
}

export function nodeTitle(node: ScenarioNode): string {
  const said =
    node.type === 'customer'
      ? node.text
      : node.type === 'choice'
        ? node.prompt
        : node.type === 'free-text'
          ? node.prompt
          : node.summary;
  return said ? truncate(said, 70) : 'not written yet';
}

function renameReferences(content: ActiveListeningContent, from: string, to: string): ActiveListeningContent {
  const swap = (value: string) => (value === from ? to : value);
  return {
    ...content,
    start: swap(content.start),
    nodes: content.nodes.map((node) => {
      switch (node.type) {
        case 'customer':
          return { ...node, next: swap(node.next) };
        case 'choice':
          return { ...node, options: node.options.map((o) => ({ ...o, next: swap(o.next) })) };
        case 'free-text':
          return {
            ...node,
            otherwise: swap(node.otherwise),
            branches: node.branches.map((b) => ({ ...b, next: swap(b.next) })),
          };
        default:
          return node;
      }
    }),
  };
}

function newNode(type: NodeType, id: string): ScenarioNode {
  switch (type) {
    case 'customer':
      return { id, type, text: '', emotion: '', mood: 3, voiceTone: '', bodyLanguage: '', next: '' };
    case 'choice':
      return {
        id,
        type,
        prompt: 'What do you say?',
        options: [
          { id: 'option-1', text: '', feedback: '', points: 0, next: '' },
          { id: 'option-2', text: '', feedback: '', points: 0, next: '' },
        ],
      };
    case 'free-text':
      return { id, type, prompt: 'Reply in your own words.', maxPoints: 10, branches: [], otherwise: '' };
    case 'ending':
      return { id, type, outcome: 'resolved', customerFeels: '', summary: '', mood: 4 };
  }
}

const ID_HINT = 'Letters, digits, "-" or "_". Other turns lead here by this id; renaming it updates them.';

/** The form editor of an active-listening scenario: framing, a map of the conversation, every turn. */
export function ActiveListeningEditor({
  content,
  onChange,
}: {
  content: ActiveListeningContent;
  onChange: (content: ActiveListeningContent) => void;
}) {
  const announce = useAnnounce();
  const nodes = content.nodes ?? [];
  const customer = content.customer ?? { name: '', context: '' };
  const targetKey = nodes.map((n) => `${n.id}\u0000${n.type}`).join('\u0001');
  const targetOptions = useMemo(
    () =>
      nodes.map((node) => ({
        value: node.id,
        label: `${node.id} (${NODE_TYPE_NAMES[node.type].toLowerCase()})`,
      })),
    // Only ids and types matter here; the texts of the turns change at every keystroke.
    [targetKey],
  );

  // Stable handlers that read the latest content, so a turn that did not change is not drawn
  // again while the author types in another (scenarios can have up to 200 turns).
  const latest = useRef({ content, onChange, announce });
  latest.current = { content, onChange, announce };
  const nodesOf = (c: ActiveListeningContent) => c.nodes ?? [];
  const setNode = useCallback((index: number, node: ScenarioNode) => {
    const { content: c, onChange: change } = latest.current;
    change({ ...c, nodes: nodesOf(c).map((n, i) => (i === index ? node : n)) });
  }, []);
  const moveNode = useCallback((from: number, to: number) => {
    const { content: c, onChange: change } = latest.current;
    change({ ...c, nodes: moved(nodesOf(c), from, to) });
  }, []);
  const removeNode = useCallback((index: number) => {
    const { content: c, onChange: change } = latest.current;
    change({ ...c, nodes: nodesOf(c).filter((_, j) => j !== index) });
  }, []);
  const renameNode = useCallback((index: number, to: string) => {
    const { content: c, onChange: change, announce: say } = latest.current;
    const list = nodesOf(c);
    const from = list[index]!.id;
    const renamed = { ...c, nodes: list.map((n, i) => (i === index ? { ...n, id: to } : n)) };
    const unique = to !== '' && !list.some((n, i) => i !== index && n.id === to);
    change(unique && from ? renameReferences(renamed, from, to) : renamed);
    if (unique && from) say(`Renamed “${from}” to “${to}” and updated the turns that lead to it.`);
  }, []);

  function addNode(type: NodeType) {
    const id = freshId(type === 'free-text' ? 'reply' : type, nodes.map((n) => n.id));
    onChange({ ...content, nodes: [...nodes, newNode(type, id)] });
    announce(`Added ${NODE_TYPE_NAMES[type].toLowerCase()} “${id}” at the end.`);
    requestAnimationFrame(() => focusIssue(`nodes.${nodes.length}.id`));
  }

  return (
    <div className="stack stack--lg">
      <section className="stack" aria-labelledby="al-framing">
        <h2 id="al-framing">Scenario</h2>
        <CTextArea
          path="intro"
          label="Introduction"
          hint="What the learner reads before the conversation: where they are, who walks in."
          value={content.intro}
          onChange={(intro) => onChange({ ...content, intro })}
        />
        <div className="fields-row">
          <CText
            path="customer.name"
            label="Customer’s name"
            value={customer.name}
            onChange={(name) => onChange({ ...content, customer: { ...customer, name } })}
          />
          <CSelect
            path="start"
            label="Conversation starts at"
            placeholder="Choose a turn"
            options={targetOptions}
            value={content.start}
            onChange={(start) => onChange({ ...content, start })}
          />
        </div>
        <CTextArea
          path="customer.context"
          label="Who the customer is"
          hint="Who they are and what brought them here. The learner sees this."
          value={customer.context}
          onChange={(context) => onChange({ ...content, customer: { ...customer, context } })}
        />
      </section>

      <ConversationMap content={content} />

      <section className="stack" aria-labelledby="al-turns">
        <h2 id="al-turns">Turns</h2>
        <p className="muted">
          Write the ideal path first, then the mistakes people really make. Let most wrong turns
          lead back towards the path after a realistic cost.
        </p>
        <GroupErrors path="nodes" />
        <ol className="item-list">
          {nodes.map((node, index) => (
            <li key={index}>
              <NodeCard
                node={node}
                index={index}
                count={nodes.length}
                targetOptions={targetOptions}
                isStart={node.id === content.start}
                onChange={setNode}
                onRename={renameNode}
                onMove={moveNode}
                onRemove={removeNode}
              />
            </li>
          ))}
        </ol>
        <div className="add-bar" role="group" aria-label="Add a turn">
          {(Object.keys(NODE_TYPE_NAMES) as NodeType[]).map((type) => (
            <button key={type} type="button" className="button button--quiet" onClick={() => addNode(type)}>
              Add {NODE_TYPE_NAMES[type].toLowerCase()}
            </button>
          ))}
        </div>
      </section>
    </div>
  );
}

/** Every turn and where it leads, with the problems of each: the graph at a glance. */
function ConversationMap({ content }: { content: ActiveListeningContent }) {
  const nodes = content.nodes ?? [];
  const ids = new Set(nodes.map((n) => n.id));
  const counts = nodes.reduce<Record<string, number>>((acc, n) => ({ ...acc, [n.type]: (acc[n.type] ?? 0) + 1 }), {});
  return (
    <section className="stack" aria-labelledby="al-map">
      <h2 id="al-map">Conversation map</h2>
      <p className="muted">
        {nodes.length} turns: {counts.customer ?? 0} customer, {counts.choice ?? 0} choice,{' '}
        {counts['free-text'] ?? 0} free-text, {counts.ending ?? 0} ending. It starts at “{content.start || '—'}”.
      </p>
      <div className="table-wrap">
        <table className="table graph-table">
          <caption className="visually-hidden">Each turn of the conversation and where it leads</caption>
          <thead>
            <tr>
              <th scope="col">Turn</th>
              <th scope="col">What happens</th>
              <th scope="col">Leads to</th>
              <th scope="col">Problems</th>
            </tr>
          </thead>
          <tbody>
            {nodes.map((node, index) => (
              <MapRow key={index} node={node} index={index} ids={ids} isStart={node.id === content.start} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function MapRow({ node, index, ids, isStart }: { node: ScenarioNode; index: number; ids: Set<string>; isStart: boolean }) {
  const problems = useIssueCountWithin(`nodes.${index}`);
  const edges = edgesOf(node);
  return (
    <tr>
      <th scope="row">
        <a
          href={`#${fieldId(`nodes.${index}`)}`}
          onClick={(event) => {
            event.preventDefault();
            focusIssue(`nodes.${index}`);
          }}
        >
          {node.id || `turn ${index + 1}`}
        </a>
        <br />
        <span className="muted small">
          {NODE_TYPE_NAMES[node.type]}
          {isStart ? ' · start' : ''}
        </span>
      </th>
      <td>{nodeTitle(node)}</td>
      <td>
        {node.type === 'ending' ? (
          <span className="muted">Ends: {node.outcome}</span>
        ) : (
          <ul className="edge-list">
            {edges.map((edge, i) => (
              <li key={i}>
                <span className="muted">{edge.via}</span> <span aria-hidden="true">→</span>
                <span className="visually-hidden">leads to</span>{' '}
                {edge.target ? (
                  ids.has(edge.target) ? (
                    <code>{edge.target}</code>
                  ) : (
                    <span className="text-danger">
                      <code>{edge.target}</code> (missing)
                    </span>
                  )
                ) : (
                  <span className="text-danger">not chosen</span>
                )}
              </li>
            ))}
          </ul>
        )}
      </td>
      <td>{problems ? <span className="text-danger">{problems}</span> : <span className="muted">None</span>}</td>
    </tr>
  );
}

interface NodeCardProps {
  node: ScenarioNode;
  index: number;
  count: number;
  isStart: boolean;
  targetOptions: { value: string; label: string }[];
  onChange: (index: number, node: ScenarioNode) => void;
  onRename: (index: number, id: string) => void;
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
}

const NodeCard = memo(function NodeCard({
  node,
  index,
  count,
  isStart,
  targetOptions,
  onChange: onNodeChange,
  onRename: onNodeRename,
  onMove,
  onRemove,
}: NodeCardProps) {
  const onChange = (n: ScenarioNode) => onNodeChange(index, n);
  const onRename = (to: string) => onNodeRename(index, to);
  const base = `nodes.${index}`;
  const problems = useIssueCountWithin(base);
  const name = `${NODE_TYPE_NAMES[node.type].toLowerCase()} “${node.id || index + 1}”`;
  return (
    <article
      className={`item-card node-card node-card--${node.type}${problems ? ' item-card--invalid' : ''}`}
      aria-labelledby={`${fieldId(base)}-title`}
    >
      <div className="item-card__head">
        <h3 id={`${fieldId(base)}-title`}>
          <span id={fieldId(base)} tabIndex={-1}>
            {NODE_TYPE_NAMES[node.type]} <code>{node.id || '(no id)'}</code>
          </span>
          {isStart ? <span className="tag tag--quiet"> Start</span> : null} <ProblemCount path={base} />
        </h3>
        <ItemTools name={name} index={index} count={count} onMove={onMove} onRemove={onRemove} />
      </div>
      <GroupErrors path={base} />
      <CKey path={`${base}.id`} label="Id" hint={ID_HINT} value={node.id} onCommit={onRename} />
      {node.type === 'customer' ? (
        <CustomerFields node={node} base={base} targetOptions={targetOptions} onChange={onChange} />
      ) : node.type === 'choice' ? (
        <ChoiceFields node={node} base={base} targetOptions={targetOptions} onChange={onChange} />
      ) : node.type === 'free-text' ? (
        <FreeTextFields node={node} base={base} targetOptions={targetOptions} onChange={onChange} />
      ) : (
        <EndingFields node={node} base={base} onChange={onChange} />
      )}
    </article>
  );
});

function CustomerFields({
  node,
  base,
  targetOptions,
  onChange,
}: {
  node: CustomerNode;
  base: string;
  targetOptions: { value: string; label: string }[];
  onChange: (node: CustomerNode) => void;
}) {
  return (
    <>
      <CTextArea path={`${base}.text`} label="What the customer says" value={node.text} onChange={(text) => onChange({ ...node, text })} />
      <div className="fields-row">
        <CText path={`${base}.emotion`} label="Emotion" hint="One or two words: angry, worried, relieved." value={node.emotion} onChange={(emotion) => onChange({ ...node, emotion })} />
        <CSelect
          path={`${base}.mood`}
          label="Mood"
          hint="Shown to the learner as a mood meter."
          options={MOOD_OPTIONS}
          placeholder="Choose"
          value={node.mood === undefined ? '' : String(node.mood)}
          onChange={(mood) => onChange({ ...node, mood: mood ? Number(mood) : (undefined as unknown as number) })}
        />
      </div>
      <div className="fields-row">
        <CText path={`${base}.voiceTone`} label="Tone of voice" value={node.voiceTone} onChange={(voiceTone) => onChange({ ...node, voiceTone })} />
        <CText path={`${base}.bodyLanguage`} label="Body language" value={node.bodyLanguage} onChange={(bodyLanguage) => onChange({ ...node, bodyLanguage })} />
      </div>
      <CSelect path={`${base}.next`} label="Then" placeholder="Choose the next turn" options={targetOptions} value={node.next} onChange={(next) => onChange({ ...node, next })} />
    </>
  );
}

function ChoiceFields({
  node,
  base,
  targetOptions,
  onChange,
}: {
  node: ChoiceNode;
  base: string;
  targetOptions: { value: string; label: string }[];
  onChange: (node: ChoiceNode) => void;
}) {
  const announce = useAnnounce();
  const options = node.options ?? [];
  const setOption = (i: number, option: ChoiceOption) =>
    onChange({ ...node, options: options.map((o, j) => (j === i ? option : o)) });
  return (
    <>
      <CTextArea
        path={`${base}.prompt`}
        label="Question to the learner"
        required={false}
        rows={2}
        value={node.prompt}
        onChange={(prompt) => onChange({ ...node, prompt: prompt === '' ? undefined : prompt })}
      />
      <fieldset className="group" id={fieldId(`${base}.options`)} tabIndex={-1}>
        <legend>Replies the learner chooses from</legend>
        <p className="field__hint">Two to six. Each has coaching feedback and points, shown to the learner.</p>
        <GroupErrors path={`${base}.options`} />
        <ol className="item-list">
          {options.map((option, i) => {
            const at = `${base}.options.${i}`;
            return (
              <li key={i} className="item-card item-card--nested" id={fieldId(at)} tabIndex={-1}>
                <div className="item-card__head">
                  <h4>Reply {i + 1}</h4>
                  <ItemTools
                    name={`reply ${i + 1} of “${node.id}”`}
                    index={i}
                    count={options.length}
                    minCount={2}
                    onMove={(from, to) => onChange({ ...node, options: moved(options, from, to) })}
                    onRemove={(r) => onChange({ ...node, options: options.filter((_, j) => j !== r) })}
                  />
                </div>
                <GroupErrors path={at} />
                <GroupErrors path={`${at}.id`} />
                <CTextArea path={`${at}.text`} label="What the learner says" rows={2} value={option.text} onChange={(text) => setOption(i, { ...option, text })} />
                <CTextArea
                  path={`${at}.feedback`}
                  label="Feedback"
                  hint="What this move does to the conversation, in a sentence or two."
                  rows={2}
                  value={option.feedback}
                  onChange={(feedback) => setOption(i, { ...option, feedback })}
                />
                <div className="fields-row">
                  <CNumber path={`${at}.points`} label="Points" min={0} max={100} value={option.points} onChange={(points) => setOption(i, { ...option, points: points as number })} />
                  <CSelect path={`${at}.next`} label="Leads to" placeholder="Choose the next turn" options={targetOptions} value={option.next} onChange={(next) => setOption(i, { ...option, next })} />
                </div>
              </li>
            );
          })}
        </ol>
        {options.length < 6 ? (
          <p>
            <button
              type="button"
              className="button button--quiet button--small"
              onClick={() => {
                const id = freshId('option', options.map((o) => o.id));
                onChange({ ...node, options: [...options, { id, text: '', feedback: '', points: 0, next: '' }] });
                announce(`Added reply ${options.length + 1}.`);
              }}
            >
              Add a reply
            </button>
          </p>
        ) : null}
      </fieldset>
    </>
  );
}

function SignalSelect({
  path,
  label,
  value,
  onChange,
}: {
  path: string;
  label: string;
  value: boolean | undefined;
  onChange: (value: boolean | undefined) => void;
}) {
  return (
    <CSelect
      path={path}
      label={label}
      required
      options={[
        { value: 'any', label: 'Does not matter' },
        { value: 'yes', label: 'Must be present' },
        { value: 'no', label: 'Must be absent' },
      ]}
      value={value === undefined ? 'any' : value ? 'yes' : 'no'}
      onChange={(v) => onChange(v === 'any' ? undefined : v === 'yes')}
    />
  );
}

function FreeTextFields({
  node,
  base,
  targetOptions,
  onChange,
}: {
  node: FreeTextNode;
  base: string;
  targetOptions: { value: string; label: string }[];
  onChange: (node: FreeTextNode) => void;
}) {
  const announce = useAnnounce();
  const branches = node.branches ?? [];
  const setBranch = (i: number, branch: BranchRule) =>
    onChange({ ...node, branches: branches.map((b, j) => (j === i ? branch : b)) });
  return (
    <>
      <CTextArea path={`${base}.prompt`} label="Question to the learner" rows={2} value={node.prompt} onChange={(prompt) => onChange({ ...node, prompt })} />
      <CTextArea
        path={`${base}.hint`}
        label="Hint"
        required={false}
        rows={2}
        hint="A nudge the learner can open while writing."
        value={node.hint}
        onChange={(hint) => onChange({ ...node, hint: hint === '' ? undefined : hint })}
      />
      <CNumber
        path={`${base}.maxPoints`}
        label="Points for a perfect reply"
        hint="The empathy analyzer’s score (0–100) is scaled to these points."
        min={1}
        max={100}
        value={node.maxPoints}
        onChange={(maxPoints) => onChange({ ...node, maxPoints: maxPoints as number })}
      />
      <fieldset className="group" id={fieldId(`${base}.branches`)} tabIndex={-1}>
        <legend>Where the reply leads</legend>
        <p className="field__hint">
          The empathy analyzer reads the reply. The first rule whose conditions all hold decides
          the next turn; if none holds, “otherwise” does.
        </p>
        <GroupErrors path={`${base}.branches`} />
        <ol className="item-list">
          {branches.map((branch, i) => {
            const at = `${base}.branches.${i}`;
            const when = branch.when ?? {};
            const setWhen = (next: BranchRule['when']) => setBranch(i, { ...branch, when: next });
            const setSignal = (key: ReplySignal, value: boolean | undefined) => {
              const signals = { ...(when.signals ?? {}), [key]: value };
              if (value === undefined) delete signals[key];
              setWhen({ ...when, signals: Object.keys(signals).length ? signals : undefined });
            };
            return (
              <li key={i} className="item-card item-card--nested" id={fieldId(at)} tabIndex={-1}>
                <div className="item-card__head">
                  <h4>Rule {i + 1}</h4>
                  <ItemTools
                    name={`rule ${i + 1} of “${node.id}”`}
                    index={i}
                    count={branches.length}
                    onMove={(from, to) => onChange({ ...node, branches: moved(branches, from, to) })}
                    onRemove={(r) => onChange({ ...node, branches: branches.filter((_, j) => j !== r) })}
                  />
                </div>
                <GroupErrors path={at} />
                <div id={fieldId(`${at}.when`)} tabIndex={-1} className="stack">
                  <GroupErrors path={`${at}.when`} />
                  <div className="fields-row">
                    <CNumber path={`${at}.when.minScore`} label="Score at least" required={false} min={0} max={100} value={when.minScore} onChange={(minScore) => setWhen({ ...when, minScore })} />
                    <CNumber path={`${at}.when.maxScore`} label="Score at most" required={false} min={0} max={100} value={when.maxScore} onChange={(maxScore) => setWhen({ ...when, maxScore })} />
                  </div>
                  <div className="fields-row">
                    {SIGNALS.map((signal) => (
                      <SignalSelect
                        key={signal.key}
                        path={`${at}.when.signals.${signal.key}`}
                        label={signal.label}
                        value={when.signals?.[signal.key]}
                        onChange={(value) => setSignal(signal.key, value)}
                      />
                    ))}
                  </div>
                </div>
                <CSelect path={`${at}.next`} label="Then go to" placeholder="Choose the next turn" options={targetOptions} value={branch.next} onChange={(next) => setBranch(i, { ...branch, next })} />
              </li>
            );
          })}
        </ol>
        {branches.length < 6 ? (
          <p>
            <button
              type="button"
              className="button button--quiet button--small"
              onClick={() => {
                onChange({ ...node, branches: [...branches, { when: { minScore: 60 }, next: '' }] });
                announce(`Added rule ${branches.length + 1}.`);
              }}
            >
              Add a rule
            </button>
          </p>
        ) : null}
        <CSelect path={`${base}.otherwise`} label="Otherwise go to" placeholder="Choose the next turn" options={targetOptions} value={node.otherwise} onChange={(otherwise) => onChange({ ...node, otherwise })} />
      </fieldset>
    </>
  );
}

function EndingFields({ node, base, onChange }: { node: EndingNode; base: string; onChange: (node: EndingNode) => void }) {
  return (
    <>
      <div className="fields-row">
        <CSelect path={`${base}.outcome`} label="Outcome" options={OUTCOME_OPTIONS} value={node.outcome} onChange={(outcome) => onChange({ ...node, outcome: outcome as EndingNode['outcome'] })} />
        <CSelect
          path={`${base}.mood`}
          label="Mood at the end"
          options={MOOD_OPTIONS}
          placeholder="Choose"
          value={node.mood === undefined ? '' : String(node.mood)}
          onChange={(mood) => onChange({ ...node, mood: mood ? Number(mood) : (undefined as unknown as number) })}
        />
      </div>
      <CText path={`${base}.customerFeels`} label="How the customer feels as they leave" hint="A few words." value={node.customerFeels} onChange={(customerFeels) => onChange({ ...node, customerFeels })} />
      <CTextArea path={`${base}.summary`} label="What happens next" hint="Shown in the debrief: the consequence of the conversation." value={node.summary} onChange={(summary) => onChange({ ...node, summary })} />
    </>
  );
}

