import { createContext, useContext, useId, type ReactNode } from 'react';
import { wordCount } from '../common/format';
import { fieldId } from './DraftStatus';
import type { AnswerError } from './useAttemptDraft';

interface FieldErrorsValue {
  errors: AnswerError[];
  clearError: (path: string) => void;
}

const FieldErrors = createContext<FieldErrorsValue>({ errors: [], clearError: () => {} });

/** Gives every field below the errors the API named, so each shows its own next to it. */
export function FieldErrorsProvider({ value, children }: { value: FieldErrorsValue; children: ReactNode }) {
  return <FieldErrors.Provider value={value}>{children}</FieldErrors.Provider>;
}

/** The errors at a path, and those of its parts that have no field of their own. */
export function useFieldError(path: string): { message: string | undefined; clear: () => void } {
  const { errors, clearError } = useContext(FieldErrors);
  const own = errors.filter((e) => e.path === path);
  return {
    message: own.length ? own.map((e) => e.message).join(' ') : undefined,
    clear: () => {
      if (own.length) clearError(path);
    },
  };
}

/** Every error under a path (for a section that shows a count, or a stage in a stepper). */
export function useErrorsUnder(prefix: string): AnswerError[] {
  const { errors } = useContext(FieldErrors);
  return errors.filter((e) => e.path === prefix || e.path.startsWith(`${prefix}.`));
}

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter(Boolean).join(' ');
  return list || undefined;
}

function ErrorText({ id, message }: { id: string; message: string }) {
  return (
    <p className="field__error" id={id}>
      <span className="visually-hidden">Error: </span>
      {message}
    </p>
  );
}

/** What every field shares: its id, its error, and the ids that describe its control. */
function useField(path: string, hint: ReactNode | undefined) {
  const id = fieldId(path);
  const { message, clear } = useFieldError(path);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return {
    id,
    message,
    clear,
    hint,
    hintId,
    errorId,
    invalid: message ? true : undefined,
    describedBy: (...more: (string | false | undefined)[]) => describedBy(hint !== undefined && hintId, message !== undefined && errorId, ...more),
  };
}

type Field = ReturnType<typeof useField>;

/** The hint and the error, between a field's label (or legend) and its control. */
function HintAndError({ field }: { field: Field }) {
  return (
    <>
      {field.hint ? (
        <div className="field__hint" id={field.hintId}>
          {field.hint}
        </div>
      ) : null}
      {field.message ? <ErrorText id={field.errorId} message={field.message} /> : null}
    </>
  );
}

function Optional({ optional }: { optional: boolean }) {
  return optional ? <span className="field__optional"> (optional)</span> : null;
}

/** One labelled control: the label, the hint, the error, then the control itself. */
function LabelledField({ field, label, optional, children }: { field: Field; label: ReactNode; optional: boolean; children: ReactNode }) {
  return (
    <div className={`field${field.message ? ' field--invalid' : ''}`}>
      <label htmlFor={field.id}>
        {label}
        <Optional optional={optional} />
      </label>
      <HintAndError field={field} />
      {children}
    </div>
  );
}

interface WordTarget {
  /** Words from which a text counts as full and concrete. */
  words: number;
}

export function TextAreaField({
  path,
  label,
  hint,
  value,
  onChange,
  rows = 4,
  target,
  optional = false,
  disabled = false,
}: {
  path: string;
  label: ReactNode;
  hint?: ReactNode;
  value: string | undefined;
  onChange: (value: string) => void;
  rows?: number;
  target?: WordTarget;
  optional?: boolean;
  disabled?: boolean;
}) {
  const field = useField(path, hint);
  const countId = `${field.id}-count`;
  const words = wordCount(value);
  return (
    <LabelledField field={field} label={label} optional={optional}>
      <textarea
        id={field.id}
        rows={rows}
        value={value ?? ''}
        disabled={disabled}
        aria-invalid={field.invalid}
        aria-describedby={field.describedBy(target && countId)}
        onChange={(event) => {
          field.clear();
          onChange(event.target.value);
        }}
      />
      {target ? (
        <p className={`field__count${words >= target.words ? ' field__count--met' : ''}`} id={countId}>
          {words === 0
            ? `Aim for ${target.words} words or more.`
            : words >= target.words
              ? `${words} words: concrete enough.`
              : `${words} word${words === 1 ? '' : 's'}; ${target.words} or more tell it fully.`}
        </p>
      ) : null}
    </LabelledField>
  );
}

export function TextField({
  path,
  label,
  hint,
  value,
  onChange,
  type = 'text',
  optional = false,
  autoComplete = 'off',
}: {
  path: string;
  label: ReactNode;
  hint?: ReactNode;
  value: string | undefined;
  onChange: (value: string) => void;
  type?: 'text' | 'date';
  optional?: boolean;
  autoComplete?: string;
}) {
  const field = useField(path, hint);
  return (
    <LabelledField field={field} label={label} optional={optional}>
      <input
        id={field.id}
        type={type}
        value={value ?? ''}
        autoComplete={autoComplete}
        aria-invalid={field.invalid}
        aria-describedby={field.describedBy()}
        onChange={(event) => {
          field.clear();
          onChange(event.target.value);
        }}
      />
    </LabelledField>
  );
}

export function SelectField({
  path,
  label,
  hint,
  value,
  onChange,
  options,
  placeholder = 'Choose…',
  optional = false,
}: {
  path: string;
  label: ReactNode;
  hint?: ReactNode;
  value: string | undefined;
  onChange: (value: string | undefined) => void;
  options: { value: string; label: string }[];
  placeholder?: string;
  optional?: boolean;
}) {
  const field = useField(path, hint);
  return (
    <LabelledField field={field} label={label} optional={optional}>
      <select
        id={field.id}
        value={value ?? ''}
        aria-invalid={field.invalid}
        aria-describedby={field.describedBy()}
        onChange={(event) => {
          field.clear();
          onChange(event.target.value === '' ? undefined : event.target.value);
        }}
      >
        <option value="">{placeholder}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </LabelledField>
  );
}

export interface Choice<V extends string | number> {
  value: V;
  label: ReactNode;
  hint?: ReactNode;
}

/**
 * Radio buttons in a fieldset. `variant="scale"` lays them out as a row of equal buttons (1-5,
 * -2..+2) with the end labels under them; `cards` gives each a bordered card with its hint.
 */
export function RadioGroup<V extends string | number>({
  path,
  legend,
  hint,
  options,
  value,
  onChange,
  variant = 'list',
  ends,
  optional = false,
  headingLevel,
}: {
  path: string;
  legend: ReactNode;
  hint?: ReactNode;
  options: Choice<V>[];
  value: V | undefined;
  onChange: (value: V) => void;
  variant?: 'list' | 'scale' | 'cards' | 'inline';
  /** Words for the two ends of a scale. */
  ends?: [string, string];
  optional?: boolean;
  /** Render the legend as a heading (for the main question of a step). */
  headingLevel?: 2 | 3;
}) {
  const field = useField(path, hint);
  const id = field.id;
  const name = useId();
  const Heading = headingLevel ? (`h${headingLevel}` as const) : null;
  return (
    <fieldset
      id={id}
      className={`fieldset choice choice--${variant}${field.message ? ' field--invalid' : ''}`}
      aria-describedby={field.describedBy()}
    >
      <legend>
        {Heading ? <Heading className="fieldset__heading">{legend}</Heading> : legend}
        <Optional optional={optional} />
      </legend>
      <HintAndError field={field} />
      <div className="choice__options">
        {options.map((option) => {
          const optionId = `${id}-${String(option.value).replace(/[^A-Za-z0-9_-]/g, '_')}`;
          return (
            <div key={String(option.value)} className="choice__option">
              <input
                type="radio"
                id={optionId}
                name={name}
                checked={value === option.value}
                onChange={() => {
                  field.clear();
                  onChange(option.value);
                }}
                aria-describedby={option.hint ? `${optionId}-hint` : undefined}
              />
              <span className="choice__text">
                <label htmlFor={optionId} className="choice__label">
                  {option.label}
                </label>
                {option.hint ? (
                  <span className="choice__hint" id={`${optionId}-hint`}>
                    {option.hint}
                  </span>
                ) : null}
              </span>
            </div>
          );
        })}
      </div>
      {variant === 'scale' && ends ? (
        <p className="choice__ends" aria-hidden="true">
          <span>{ends[0]}</span>
          <span>{ends[1]}</span>
        </p>
      ) : null}
    </fieldset>
  );
}
