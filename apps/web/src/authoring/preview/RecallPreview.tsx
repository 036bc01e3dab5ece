import { useState } from 'react';
import type { RecallContent } from '../content-types';
import { Missing, StepNav } from './ModulePreview';

const FEELING = ['Very bad', 'Bad', 'Neutral', 'Good', 'Very good'];

function Prose({ text, what }: { text: string | undefined; what: string }) {
  return <p className="preview-prose">{text?.trim() ? text : <Missing what={what} />}</p>;
}

function Experience({ content, which }: { content: RecallContent; which: 'best' | 'worst' }) {
  const prompt = which === 'best' ? content.bestPrompt : content.worstPrompt;
  const id = `pv-${which}`;
  return (
    <div className="stack">
      <h3>{which === 'best' ? 'Your best experience' : 'Your worst experience'}</h3>
      <Prose text={prompt} what="The prompt" />
      <div className="field">
        <label htmlFor={`${id}-story`}>What happened</label>
        <textarea id={`${id}-story`} rows={3} disabled />
      </div>
      <fieldset className="group">
        <legend>
          What was it made of? Choose at least {content.minElements ?? '…'} and say a word on each.
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
      <div className="fields-row">
        {(['then', 'now'] as const).map((when) => (
          <div className="field" key={when}>
            <label htmlFor={`${id}-${when}`}>How strongly you felt it {when}</label>
            <select id={`${id}-${when}`} disabled>
              {FEELING.map((f) => (
                <option key={f}>{f}</option>
              ))}
            </select>
          </div>
        ))}
      </div>
      <div className="field">
        <label htmlFor={`${id}-why`}>Why it stuck</label>
        <p className="field__hint">{content.whyItStuckPrompt || <Missing what="The prompt" />}</p>
        <textarea id={`${id}-why`} rows={2} disabled />
      </div>
    </div>
  );
}

/** The recall wizard, step by step, with the learner's fields shown but not fillable. */
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
      <h3>Now look at our organization</h3>
      {(content.reflectionPrompts ?? []).map((prompt, i) => (
        <div className="field" key={i}>
          <label htmlFor={`pv-reflect-${i}`}>{prompt || <Missing what="A question" />}</label>
          <textarea id={`pv-reflect-${i}`} rows={2} disabled />
        </div>
      ))}
      <fieldset className="group">
        <legend>Where in our customers’ journey?</legend>
        <ul className="preview-elements">
          {(content.journeyStages ?? []).map((stage, i) => (
            <li key={i} className="check">
              <input type="checkbox" id={`pv-stage-${i}`} disabled />
              <label htmlFor={`pv-stage-${i}`}>{stage.label || <Missing what="A stage" />}</label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="field">
        <label htmlFor="pv-team">Which team shapes that moment?</label>
        <select id="pv-team" disabled>
          <option>Your organization’s teams and departments</option>
        </select>
      </div>
    </div>,
    <div className="stack" key="analogy">
      <h3>Another industry</h3>
      <Prose text={content.analogyPrompt} what="The prompt" />
      {(content.analogousIndustries ?? []).length ? (
        <p className="muted">Suggestions: {(content.analogousIndustries ?? []).join(', ')}</p>
      ) : null}
      <div className="field">
        <label htmlFor="pv-analogy">Your answer</label>
        <textarea id="pv-analogy" rows={2} disabled />
      </div>
    </div>,
    <div className="stack" key="action">
      <h3>One action</h3>
      <Prose text={content.actionPrompt} what="The prompt" />
      <div className="field">
        <label htmlFor="pv-action">What you will do</label>
        <textarea id="pv-action" rows={2} disabled />
      </div>
      <h3>Share your story</h3>
      <Prose text={content.sharingPrompt} what="The invitation" />
      <div className="check">
        <input type="checkbox" id="pv-share" disabled />
        <label htmlFor="pv-share">Share my story without my name</label>
      </div>
    </div>,
  ];
  return (
    <div className="stack">
      {steps[step]}
      <StepNav step={step} count={steps.length} onStep={setStep} label="Step" />
    </div>
  );
}
