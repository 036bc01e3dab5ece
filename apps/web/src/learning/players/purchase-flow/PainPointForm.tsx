import { useEffect, useId, useRef, useState } from 'react';
import type { PainPointEmotion, PurchaseFlowDraft, PurchaseStage } from '../../kinds';
import { unitOptions, type OwningUnits } from '../../units';
import { PAIN_EMOTIONS, SEVERITIES } from './vocabulary';

export type PainPointDraft = NonNullable<PurchaseFlowDraft['painPoints']>[number];

type Field = 'stageKey' | 'severity' | 'emotion' | 'note' | 'unitId';

const MESSAGES: Record<Field, string> = {
  stageKey: 'Choose the stage where it happened.',
  severity: 'Choose how severe it is.',
  emotion: 'Choose what the customer feels.',
  note: 'Say in a few words what happened.',
  unitId: 'Choose the team whose work produces it.',
};

/**
 * Quick capture of one pain point: every field on one short form, checked before it is added,
 * so the list only ever holds complete pain points.
 */
export function PainPointForm({
  stages,
  units,
  initial,
  personaName,
  onSave,
  onCancel,
}: {
  stages: PurchaseStage[];
  units: OwningUnits;
  initial: PainPointDraft;
  personaName: string;
  onSave: (point: PainPointDraft) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const [point, setPoint] = useState<PainPointDraft>(initial);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const firstRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    firstRef.current?.focus();
  }, []);

  const set = (patch: Partial<PainPointDraft>) => {
    setPoint((p) => ({ ...p, ...patch }));
    setErrors((e) => {
      const next = { ...e };
      for (const key of Object.keys(patch)) delete next[key as Field];
      return next;
    });
  };

  function save() {
    const found: Partial<Record<Field, string>> = {};
    if (!point.stageKey) found.stageKey = MESSAGES.stageKey;
    if (point.severity === undefined) found.severity = MESSAGES.severity;
    if (!point.emotion) found.emotion = MESSAGES.emotion;
    if (!point.note?.trim()) found.note = MESSAGES.note;
    if (!point.unitId) found.unitId = MESSAGES.unitId;
    setErrors(found);
    const first = (['note', 'severity', 'emotion', 'unitId', 'stageKey'] as Field[]).find((f) => found[f]);
    if (first) {
      const el = document.getElementById(`${id}-${first}`);
      (el?.matches('fieldset') ? el.querySelector('input') : el)?.focus();
      return;
    }
    onSave({ ...point, note: point.note?.trim() });
  }

  const err = (f: Field) =>
    errors[f] ? (
      <p className="field__error" id={`${id}-${f}-error`}>
        <span className="visually-hidden">Error: </span>
        {errors[f]}
      </p>
    ) : null;

  return (
    <div
      className="pain-form"
      role="group"
      aria-labelledby={`${id}-title`}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onCancel();
        }
      }}
    >
      <h4 id={`${id}-title`} className="pain-form__title">
        {initial.note ? 'Edit pain point' : 'Log a pain point'}
      </h4>
      <div className={`field${errors.note ? ' field--invalid' : ''}`}>
        <label htmlFor={`${id}-note`}>What costs {personaName} here?</label>
        {err('note')}
        <textarea
          id={`${id}-note`}
          ref={firstRef}
          rows={2}
          value={point.note ?? ''}
          aria-invalid={errors.note ? true : undefined}
          aria-describedby={errors.note ? `${id}-note-error` : undefined}
          onChange={(e) => set({ note: e.target.value })}
        />
      </div>
      <fieldset
        id={`${id}-severity`}
        className={`fieldset choice choice--severity${errors.severity ? ' field--invalid' : ''}`}
        aria-describedby={errors.severity ? `${id}-severity-error` : undefined}
      >
        <legend>How severe is it?</legend>
        {err('severity')}
        <div className="choice__options">
          {([1, 2, 3, 4, 5] as const).map((s) => (
            <div className="choice__option" key={s}>
              <input
                type="radio"
                id={`${id}-severity-${s}`}
                name={`${id}-severity`}
                checked={point.severity === s}
                onChange={() => set({ severity: s })}
                aria-describedby={`${id}-severity-${s}-hint`}
              />
              <span className="choice__text">
                <label htmlFor={`${id}-severity-${s}`} className="choice__label">
                  {s} {SEVERITIES[s].label}
                </label>
                <span className="choice__hint" id={`${id}-severity-${s}-hint`}>
                  {SEVERITIES[s].hint}
                </span>
              </span>
            </div>
          ))}
        </div>
      </fieldset>
      <div className="field-pair">
        <div className={`field${errors.emotion ? ' field--invalid' : ''}`}>
          <label htmlFor={`${id}-emotion`}>{personaName} feels</label>
          {err('emotion')}
          <select
            id={`${id}-emotion`}
            value={point.emotion ?? ''}
            aria-invalid={errors.emotion ? true : undefined}
            aria-describedby={errors.emotion ? `${id}-emotion-error` : undefined}
            onChange={(e) => set({ emotion: (e.target.value || undefined) as PainPointEmotion | undefined })}
          >
            <option value="">Choose…</option>
            {PAIN_EMOTIONS.map((emotion) => (
              <option key={emotion} value={emotion}>
                {emotion}
              </option>
            ))}
          </select>
        </div>
        <div className={`field${errors.unitId ? ' field--invalid' : ''}`}>
          <label htmlFor={`${id}-unitId`}>Owning team</label>
          {err('unitId')}
          <select
            id={`${id}-unitId`}
            value={point.unitId ?? ''}
            aria-invalid={errors.unitId ? true : undefined}
            aria-describedby={[errors.unitId ? `${id}-unitId-error` : '', `${id}-unitId-hint`].filter(Boolean).join(' ')}
            onChange={(e) => set({ unitId: e.target.value || undefined })}
          >
            <option value="">{units.isLoading ? 'Loading teams…' : 'Choose…'}</option>
            {unitOptions(units.units).map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
          <p className="field__hint" id={`${id}-unitId-hint`}>
            {units.limited
              ? 'The list of teams could not be loaded, so only your own are offered; name the owner in the note if it is another team.'
              : 'The team whose work produces this moment.'}
          </p>
        </div>
        <div className={`field${errors.stageKey ? ' field--invalid' : ''}`}>
          <label htmlFor={`${id}-stageKey`}>Stage</label>
          {err('stageKey')}
          <select
            id={`${id}-stageKey`}
            value={point.stageKey ?? ''}
            aria-invalid={errors.stageKey ? true : undefined}
            aria-describedby={errors.stageKey ? `${id}-stageKey-error` : undefined}
            onChange={(e) => set({ stageKey: e.target.value || undefined })}
          >
            <option value="">Choose…</option>
            {stages.map((s) => (
              <option key={s.key} value={s.key}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="actions">
        <button type="button" className="button button--primary button--small" onClick={save}>
          {initial.note ? 'Save pain point' : 'Add pain point'}
        </button>
        <button type="button" className="button button--quiet button--small" onClick={onCancel}>
          Cancel
        </button>
      </p>
    </div>
  );
}
