import { useState } from 'react';
import type { PurchaseFlowContent } from '../content-types';
import { PersonaPanel } from '../../learning/players/purchase-flow/PersonaPanel';
import '../../learning/learning.css';
import { Missing, StepNav } from './parts';


/** The simulation stage by stage, with the persona beside it; options show what follows. */
export function PurchaseFlowPreview({ content }: { content: PurchaseFlowContent }) {
  const stages = content.stages ?? [];
  const persona = content.persona;
  const [step, setStep] = useState(0);
  const [picked, setPicked] = useState<Record<string, string>>({});
  const stage = stages[step - 1];

  return (
    <div className="preview-journey">
      <PersonaPanel
        persona={{
          name: persona?.name || 'Persona (name not written yet)',
          situation: persona?.situation ?? '',
          quote: persona?.quote ?? '',
          goals: (persona?.goals ?? []).filter((g) => g.trim()),
          needs: (persona?.needs ?? []).filter((g) => g.trim()),
          constraints: (persona?.constraints ?? []).filter((g) => g.trim()),
          pressures: (persona?.pressures ?? []).filter((g) => g.trim()),
        }}
      />
      <div className="stack">
        {step === 0 ? (
          <div className="stack">
            <h3>Before you start</h3>
            <p className="preview-prose">{content.intro || <Missing what="The introduction" />}</p>
            <p className="muted">
              Stages: {stages.map((s) => s.label || s.key).join(' → ') || <Missing what="Stages" />}
            </p>
          </div>
        ) : stage ? (
          <div className="stack">
            <h3>
              Stage {step} of {stages.length}: {stage.label || <Missing what="A name" />}
            </h3>
            <p className="preview-prose">{stage.situation || <Missing what="The situation" />}</p>
            {(stage.tasks ?? []).map((task, ti) => {
              const key = `${step}-${ti}`;
              const chosen = task.options?.find((o) => o.id === picked[key]);
              return (
                <div key={ti} className="preview-task stack">
                  {task.options ? (
                    <fieldset className="group">
                      <legend>{task.prompt || <Missing what="The task" />}</legend>
                      {task.options.map((option, oi) => (
                        <label key={oi} className="radio-option">
                          <input
                            type="radio"
                            name={`pv-task-${key}`}
                            checked={picked[key] === option.id}
                            onChange={() => setPicked((p) => ({ ...p, [key]: option.id }))}
                          />{' '}
                          {option.label || <Missing what="An option" />}
                        </label>
                      ))}
                      {chosen ? (
                        <p className="notice notice--info" role="status">
                          {chosen.outcome || <Missing what="What follows" />}
                        </p>
                      ) : null}
                    </fieldset>
                  ) : (
                    <div className="field">
                      <label htmlFor={`pv-task-${key}`}>{task.prompt || <Missing what="The task" />}</label>
                      <textarea id={`pv-task-${key}`} rows={2} disabled />
                    </div>
                  )}
                </div>
              );
            })}
            <fieldset className="group">
              <legend>How does {persona?.name || 'the persona'} feel at this stage?</legend>
              <div className="fields-row">
                {['−2 · Very bad', '−1 · Bad', '0 · Neutral', '+1 · Good', '+2 · Very good'].map((label) => (
                  <label key={label} className="radio-option">
                    <input type="radio" name={`pv-emotion-${step}`} disabled /> {label}
                  </label>
                ))}
              </div>
            </fieldset>
            <p>
              <button type="button" className="button button--quiet" aria-disabled="true">
                Log a pain point
              </button>
            </p>
            <p className="muted small">
              Learners log pain points themselves: the friction you built in ({(stage.friction ?? []).length} at this
              stage) is not shown to them.
            </p>
          </div>
        ) : (
          <div className="stack">
            <h3>Your journey</h3>
            <p>At the end, the learner sees the emotion curve of their journey, stage by stage, with their pain points.</p>
          </div>
        )}
        <StepNav step={step} count={stages.length + 2} onStep={setStep} label="Screen" />
      </div>
    </div>
  );
}
