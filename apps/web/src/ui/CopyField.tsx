import { useId, useRef, useState } from 'react';
import './copy-field.css';

/**
 * A value to hand on (an invitation link): shown in full in a read-only field, with a button
 * that copies it. Where the clipboard is not available the text is selected instead, and the
 * person is told to copy it themselves.
 */
export function CopyField({ label, value, hint }: { label: string; value: string; hint?: string }) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState('');

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setStatus('Copied to the clipboard.');
    } catch {
      input.current?.select();
      setStatus('Copying is not allowed here: the link is selected, press Ctrl+C (or ⌘C) to copy it.');
    }
  }

  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="copy-field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <div className="copy-field__row">
        <input
          ref={input}
          id={id}
          type="text"
          readOnly
          value={value}
          spellCheck={false}
          aria-describedby={hint ? `${id}-hint` : undefined}
          onFocus={(event) => event.target.select()}
        />
        <button type="button" className="button button--primary" onClick={copy} aria-label={`Copy ${label.toLowerCase()}`}>
          Copy
        </button>
      </div>
      <p className="copy-field__status" role="status">
        {status}
      </p>
    </div>
  );
}
