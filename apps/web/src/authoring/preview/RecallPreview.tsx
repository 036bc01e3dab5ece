import { useState } from 'react';
import type { RecallContent } from '../content-types';
import { Missing, StepNav } from './parts';

const FEELING = ['1 · Barely', '2 · A little', '3 · Clearly', '4 · Strongly', '5 · Intensely'];

function Prose({ text, what }: { text: string | undefined; what: string }) {
  return <p className="preview-prose">{text?.trim() ? text : <Missing what={what} />}</p>;
}

function Area({ id, label, hint }: { id: string; label: string; hint?: string }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? <p className="field__hint">{hint}</p> : null}
      <textarea id={id} rows={2} disabled />
    </div>
  );
}

function Scale({ id, legend }: { id: string; legend: string }) {
  return (
    <fieldset className="group">
      <legend>{legend}</legend>
      <div className="fields-row">
        {FEELING.map((f, i) => (
          <label key={f} className="radio-option">
            <input type="radio" name={id} disabled /> {f}
            <span className="visually-hidden"> ({i + 1} of 5)</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function Experience({ content, which }: { content: RecallContent; which: 'best' | 'worst' }) {
  const prompt = which === 'best' ? content.bestPrompt : content.worstPrompt;
  const id = `pv-${which}`;
  return (
    <div className="stack">
      <h3>Your {which} experience as a customer</h3>
      <Prose text={prompt} what="The prompt" />
      <Area id={`${id}-what`} label="What happened?" />
      <div className="field">
        <label htmlFor={`${id}-where`}>What kind of business was it?</label>
        <input id={`${id}-where`} disabled />
      </div>
      <fieldset className="group">
        <legend>
          What was it made of? Choose at least {content.minElements ?? '…'}, then say how each showed up.
        </legend>
        <ul className="preview-elements">
          {(content.elements ?? []).map((element, i) => (
            <li key={i} className="check">
              <input type="checkbox" id={`${id}-el-${i}`} disabled />
              <label htmlFor={`${id}-el-${i}`}>{element.label || <Missing what="A name" />}</label>
              <p className="field__hint check__hint">{element.hint}</p>
            </li>
          ))}
        </ul>
      </fieldset>
      <Scale id={`${id}-then`} legend="How strongly did you feel it at the time?" />
      <Scale id={`${id}-now`} legend="And how strongly do you feel it now, remembering it?" />
      <Area id={`${id}-why`} label={`Why has your ${which} experience stayed with you?`} hint={content.whyItStuckPrompt} />
    </div>
  );
}

/** The recall wizard, step by step as the learner meets it, with its fields shown but not fillable. */
export function RecallPreview({ content }: { content: RecallContent }) {
  const [step, setStep] = useState(0);
  const steps = [
    <div className="stack" key="intro">
      <h3>Before you start</h3>
      <Prose text={content.intro} what="The introduction" />
    </div>,
    <Experience key="best" content={content} which="best" />,
    <Experience key="worst" content={content} which="worst" />,
    <div className="stack" key="reflect">
      <h3>Now look at our own customers</h3>
      {(content.reflectionPrompts ?? []).map((prompt, i) => (
        <p key={i} className="preview-prose">
          {prompt || <Missing what="A question" />}
        </p>
      ))}
      <fieldset className="group">
        <legend>Has our organization created experiences like these for its own customers?</legend>
        {['Yes, I think we have', 'I am not sure', 'No, I do not think so'].map((label) => (
          <label key={label} className="radio-option">
            <input type="radio" name="pv-similar" disabled /> {label}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="pv-stage">Where in our customers’ journey?</label>
        <select id="pv-stage" disabled>
          {(content.journeyStages ?? []).map((stage, i) => (
            <option key={i}>{stage.label || '(stage not named yet)'}</option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="pv-team">Which team’s work shapes that moment?</label>
        <select id="pv-team" disabled>
          <option>Your organization’s teams and departments</option>
        </select>
      </div>
      <Area id="pv-reflection" label="Your reflection" />
    </div>,
    <div className="stack" key="analogy">
      <h3>Learn from another industry</h3>
      <Prose text={content.analogyPrompt} what="The prompt" />
      <div className="field">
        <label htmlFor="pv-industry">A similar industry</label>
        {(content.analogousIndustries ?? []).length ? (
          <p className="field__hint">Suggestions: {(content.analogousIndustries ?? []).join(', ')}</p>
        ) : null}
        <input id="pv-industry" disabled />
      </div>
      <Area id="pv-lesson" label="What do the best in that industry do that we could learn from?" />
    </div>,
    <div className="stack" key="action">
      <h3>One thing you will do</h3>
      <Prose text={content.actionPrompt} what="The prompt" />
      <Area id="pv-action" label="I will…" />
      <div className="field">
        <label htmlFor="pv-by">By when?</label>
        <input id="pv-by" type="date" disabled />
      </div>
    </div>,
    <div className="stack" key="sharing">
      <h3>Share your story?</h3>
      <Prose text={content.sharingPrompt} what="The invitation" />
      <fieldset className="group">
        <legend>Would you like to share your story?</legend>
        {['Yes, share it without my name', 'No, keep it private'].map((label) => (
          <label key={label} className="radio-option">
            <input type="radio" name="pv-share" disabled /> {label}
          </label>
        ))}
      </fieldset>
    </div>,
  ];
  return (
    <div className="stack">
      {steps[step]}
      <StepNav step={step} count={steps.length} onStep={setStep} label="Step" />
    </div>
  );
}
