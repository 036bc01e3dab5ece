import { createContext, useContext, useState, type ReactNode } from 'react';
import { FieldErrors, NumberField, SelectField, TextAreaField, TextField, type SelectOption } from '../ui/Field';
import { fieldId, useIssueCountWithin, useIssuesAt } from './issues';

/** Fields bound to a path in the module content: their id and their errors follow the path. */
interface PathProps {
  path: string;
  label: ReactNode;
  hint?: ReactNode;
  required?: boolean;
}

export function CText(props: PathProps & { value: string | undefined; onChange: (value: string) => void; maxLength?: number }) {
  const errors = useIssuesAt(props.path);
  return (
    <TextField
      id={fieldId(props.path)}
      label={props.label}
      hint={props.hint}
      required={props.required ?? true}
      errors={errors}
      value={props.value ?? ''}
      maxLength={props.maxLength ?? 200}
      onChange={props.onChange}
    />
  );
}

export function CTextArea(
  props: PathProps & { value: string | undefined; onChange: (value: string) => void; rows?: number },
) {
  const errors = useIssuesAt(props.path);
  return (
    <TextAreaField
      id={fieldId(props.path)}
      label={props.label}
      hint={props.hint}
      required={props.required ?? true}
      errors={errors}
      value={props.value ?? ''}
      rows={props.rows}
      maxLength={4000}
      onChange={props.onChange}
    />
  );
}

export function CNumber(
  props: PathProps & {
    value: number | undefined;
    onChange: (value: number | undefined) => void;
    min?: number;
    max?: number;
  },
) {
  const errors = useIssuesAt(props.path);
  return (
    <NumberField
      id={fieldId(props.path)}
      label={props.label}
      hint={props.hint}
      required={props.required ?? true}
      errors={errors}
      value={props.value}
      min={props.min}
      max={props.max}
      onChange={props.onChange}
    />
  );
}

export function CSelect(
  props: PathProps & {
    value: string | undefined;
    onChange: (value: string) => void;
    options: readonly SelectOption[];
    placeholder?: string;
  },
) {
  const errors = useIssuesAt(props.path);
  const value = props.value ?? '';
  // A value the options do not know (a target node that was deleted) stays visible as such.
  const options =
    value && !props.options.some((option) => option.value === value)
      ? [...props.options, { value, label: `${value} (does not exist)` }]
      : props.options;
  return (
    <SelectField
      id={fieldId(props.path)}
      label={props.label}
      hint={props.hint}
      required={props.required ?? true}
      errors={errors}
      value={value}
      options={options}
      placeholder={props.placeholder}
      onChange={props.onChange}
    />
  );
}

/**
 * A key field (letters, digits, "-" and "_") that commits on blur or Enter, so that renaming
 * can update every reference to the old key in one step instead of at each keystroke.
 */
export function CKey(
  props: PathProps & { value: string | undefined; onCommit: (value: string) => void },
) {
  const errors = useIssuesAt(props.path);
  const [text, setText] = useState<string | null>(null);
  const shown = text ?? props.value ?? '';
  function commit() {
    if (text !== null && text !== props.value) props.onCommit(text.trim());
    setText(null);
  }
  return (
    <TextField
      id={fieldId(props.path)}
      label={props.label}
      hint={props.hint}
      required
      errors={errors}
      value={shown}
      maxLength={64}
      onChange={setText}
      onBlur={commit}
    />
  );
}

/** Errors about a whole group (a list that is too short, a node nobody reaches). */
export function GroupErrors({ path }: { path: string }) {
  const errors = useIssuesAt(path);
  return <FieldErrors id={fieldId(path)} errors={errors} />;
}

/** A note like "2 problems" on a collapsed card, so problems inside are not hidden. */
export function ProblemCount({ path }: { path: string }) {
  const count = useIssueCountWithin(path);
  if (!count) return null;
  return (
    <span className="problem-count">
      {count} {count === 1 ? 'problem' : 'problems'}
    </span>
  );
}

// ---------- Announcements (reordering, adding, removing) ----------

const AnnounceContext = createContext<(message: string) => void>(() => {});

/** Says what just happened to screen-reader users (an item moved, was added or removed). */
export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState('');
  return (
    <AnnounceContext.Provider value={(text) => setMessage((current) => (current === text ? `${text}\u00a0` : text))}>
      {children}
      <div className="visually-hidden" role="status" aria-live="polite">
        {message}
      </div>
    </AnnounceContext.Provider>
  );
}

export function useAnnounce() {
  return useContext(AnnounceContext);
}

/** Move up, move down and remove buttons for one item of an ordered list. */
export function ItemTools({
  name,
  index,
  count,
  onMove,
  onRemove,
  minCount = 0,
}: {
  /** How the item is called in button names, e.g. `stage "Pay"`. */
  name: string;
  index: number;
  count: number;
  onMove?: (from: number, to: number) => void;
  onRemove?: (index: number) => void;
  minCount?: number;
}) {
  const announce = useAnnounce();
  return (
    <div className="item-card__tools">
      {onMove ? (
        <>
          <button
            type="button"
            className="button button--quiet button--small"
            aria-label={`Move ${name} up`}
            aria-disabled={index === 0}
            onClick={() => {
              if (index === 0) return;
              onMove(index, index - 1);
              announce(`Moved ${name} to position ${index} of ${count}.`);
            }}
          >
            <span aria-hidden="true">↑</span> Up
          </button>
          <button
            type="button"
            className="button button--quiet button--small"
            aria-label={`Move ${name} down`}
            aria-disabled={index === count - 1}
            onClick={() => {
              if (index === count - 1) return;
              onMove(index, index + 1);
              announce(`Moved ${name} to position ${index + 2} of ${count}.`);
            }}
          >
            <span aria-hidden="true">↓</span> Down
          </button>
        </>
      ) : null}
      {onRemove ? (
        <button
          type="button"
          className="button button--quiet button--small"
          aria-label={`Remove ${name}`}
          aria-disabled={count <= minCount}
          title={count <= minCount ? `At least ${minCount} needed` : undefined}
          onClick={() => {
            if (count <= minCount) {
              announce(`${upperFirst(name)} cannot be removed: at least ${minCount} needed.`);
              return;
            }
            onRemove(index);
            announce(`Removed ${name}.`);
          }}
        >
          Remove
        </button>
      ) : null}
    </div>
  );
}

function upperFirst(text: string) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Editable list of short texts (goals, prompts, industries). */
export function StringListField({
  path,
  legend,
  hint,
  itemLabel,
  values,
  onChange,
  long,
  min = 0,
  max = 20,
}: {
  path: string;
  legend: string;
  hint?: string;
  /** Label of one entry, e.g. "Goal" becomes "Goal 1". */
  itemLabel: string;
  values: readonly string[] | undefined;
  onChange: (values: string[]) => void;
  long?: boolean;
  min?: number;
  max?: number;
}) {
  const list = values ?? [];
  const announce = useAnnounce();
  const set = (index: number, value: string) => onChange(list.map((v, i) => (i === index ? value : v)));
  return (
    <fieldset className="group" id={fieldId(path)} tabIndex={-1}>
      <legend>{legend}</legend>
      {hint ? <p className="field__hint">{hint}</p> : null}
      <GroupErrors path={path} />
      {list.length === 0 ? <p className="muted">None yet.</p> : null}
      <ol className="string-list">
        {list.map((value, index) => (
          <li key={index} className="string-list__item">
            {long ? (
              <CTextArea path={`${path}.${index}`} label={`${itemLabel} ${index + 1}`} value={value} rows={2} onChange={(v) => set(index, v)} />
            ) : (
              <CText path={`${path}.${index}`} label={`${itemLabel} ${index + 1}`} value={value} onChange={(v) => set(index, v)} />
            )}
            <ItemTools
              name={`${itemLabel.toLowerCase()} ${index + 1}`}
              index={index}
              count={list.length}
              minCount={min}
              onRemove={(i) => onChange(list.filter((_, j) => j !== i))}
            />
          </li>
        ))}
      </ol>
      {list.length < max ? (
        <p>
          <button
            type="button"
            className="button button--quiet button--small"
            onClick={() => {
              onChange([...list, '']);
              announce(`Added ${itemLabel.toLowerCase()} ${list.length + 1}.`);
              requestAnimationFrame(() => document.getElementById(fieldId(`${path}.${list.length}`))?.focus());
            }}
          >
            Add {itemLabel.toLowerCase()}
          </button>
        </p>
      ) : null}
    </fieldset>
  );
}

/** Moves an item within a list, returning a new list. */
export function moved<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item as T);
  return next;
}

/** An id not yet used in the list: `stage-3`, `stage-4`... */
export function freshId(prefix: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  for (let n = 1; ; n += 1) {
    const candidate = `${prefix}-${n}`;
    if (!used.has(candidate)) return candidate;
  }
}
