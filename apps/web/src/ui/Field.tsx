import type { ReactNode } from 'react';
import './forms.css';

/**
 * Labelled form fields. Each ties its hint and its errors to the control with
 * `aria-describedby` and marks itself `aria-invalid` when it has errors, so a screen reader
 * hears the problem when it reaches the field (WCAG 1.3.1, 3.3.1).
 */
interface BaseProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: readonly string[];
  required?: boolean;
  className?: string;
}

function describedBy(id: string, hint: ReactNode, errors: readonly string[] | undefined): string | undefined {
  const ids = [];
  if (errors?.length) ids.push(`${id}-error`);
  if (hint) ids.push(`${id}-hint`);
  return ids.length ? ids.join(' ') : undefined;
}

function FieldFrame({ id, label, hint, errors, required, className, children }: BaseProps & { children: ReactNode }) {
  return (
    <div className={`field${errors?.length ? ' field--invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>
        {label}
        {required ? null : <span className="field__optional"> (optional)</span>}
      </label>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {children}
      <FieldErrors id={id} errors={errors} />
    </div>
  );
}

export function FieldErrors({ id, errors }: { id: string; errors?: readonly string[] }) {
  if (!errors?.length) return null;
  return (
    <div className="field__error" id={`${id}-error`}>
      {errors.map((message, index) => (
        <p key={index}>
          <span aria-hidden="true">⚠ </span>
          {message}
        </p>
      ))}
    </div>
  );
}

function controlProps(props: BaseProps) {
  return {
    id: props.id,
    'aria-describedby': describedBy(props.id, props.hint, props.errors),
    'aria-invalid': props.errors?.length ? true : undefined,
    // Every field here can be saved incomplete (drafts); `required` is shown in the label and
    // enforced when publishing, so browsers must not block the form.
    'aria-required': props.required ? true : undefined,
  };
}

export function TextField(
  props: BaseProps & {
    value: string;
    onChange: (value: string) => void;
    onBlur?: () => void;
    type?: 'text' | 'search' | 'email' | 'date';
    maxLength?: number;
    autoComplete?: string;
    inputMode?: 'text' | 'numeric';
    placeholder?: string;
  },
) {
  return (
    <FieldFrame {...props}>
      <input
        {...controlProps(props)}
        type={props.type ?? 'text'}
        value={props.value}
        maxLength={props.maxLength}
        autoComplete={props.autoComplete ?? 'off'}
        placeholder={props.placeholder}
        onChange={(event) => props.onChange(event.target.value)}
        onBlur={props.onBlur}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && props.onBlur) props.onBlur();
        }}
      />
    </FieldFrame>
  );
}

export function TextAreaField(
  props: BaseProps & { value: string; onChange: (value: string) => void; rows?: number; maxLength?: number },
) {
  return (
    <FieldFrame {...props}>
      <textarea
        {...controlProps(props)}
        value={props.value}
        rows={props.rows ?? 3}
        maxLength={props.maxLength}
        onChange={(event) => props.onChange(event.target.value)}
      />
    </FieldFrame>
  );
}

/** A whole number, or undefined while empty (the validator then says it is missing). */
export function NumberField(
  props: BaseProps & {
    value: number | undefined;
    onChange: (value: number | undefined) => void;
    min?: number;
    max?: number;
    step?: number;
  },
) {
  return (
    <FieldFrame {...props} className={`field--narrow${props.className ? ` ${props.className}` : ''}`}>
      <input
        {...controlProps(props)}
        type="number"
        inputMode="numeric"
        min={props.min}
        max={props.max}
        step={props.step ?? 1}
        value={props.value ?? ''}
        onChange={(event) => {
          const raw = event.target.value;
          props.onChange(raw === '' ? undefined : Number(raw));
        }}
      />
    </FieldFrame>
  );
}

export interface SelectOption {
  value: string;
  label: string;
}

export function SelectField(
  props: BaseProps & {
    value: string;
    onChange: (value: string) => void;
    options: readonly SelectOption[];
    /** Shown first with an empty value, e.g. "Choose a node". */
    placeholder?: string;
  },
) {
  return (
    <FieldFrame {...props}>
      <select {...controlProps(props)} value={props.value} onChange={(event) => props.onChange(event.target.value)}>
        {props.placeholder !== undefined ? <option value="">{props.placeholder}</option> : null}
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

export function CheckboxField({
  id,
  label,
  hint,
  checked,
  onChange,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <div className="check">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="field__hint check__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}
