import type { JourneyStageOption, RecallContent, RecallElement } from '../content-types';
import { CKey, CNumber, CText, CTextArea, GroupErrors, ItemTools, StringListField, freshId, moved, useAnnounce } from '../fields';
import { fieldId, focusIssue } from '../issues';

/** The form editor of a recall module: the prompts in the order the learner meets them. */
export function RecallEditor({ content, onChange }: { content: RecallContent; onChange: (content: RecallContent) => void }) {
  const announce = useAnnounce();
  const set = (changes: Partial<RecallContent>) => onChange({ ...content, ...changes });
  const elements = content.elements ?? [];
  const stages = content.journeyStages ?? [];
  const setElement = (i: number, element: RecallElement) => set({ elements: elements.map((e, j) => (j === i ? element : e)) });
  const setStage = (i: number, stage: JourneyStageOption) => set({ journeyStages: stages.map((s, j) => (j === i ? stage : s)) });

  return (
    <div className="stack stack--lg">
      <section className="stack" aria-labelledby="rc-recall">
        <h2 id="rc-recall">Recall</h2>
        <CTextArea path="intro" label="Introduction" hint="Why this exercise, in two or three sentences." value={content.intro} onChange={(intro) => set({ intro })} />
        <CTextArea path="bestPrompt" label="Prompt for the best experience" value={content.bestPrompt} onChange={(bestPrompt) => set({ bestPrompt })} />
        <CTextArea path="worstPrompt" label="Prompt for the worst experience" value={content.worstPrompt} onChange={(worstPrompt) => set({ worstPrompt })} />
        <CTextArea
          path="whyItStuckPrompt"
          label="Prompt for “why did it stick?”"
          hint="People remember the most intense moment and the end: ask about those."
          value={content.whyItStuckPrompt}
          onChange={(whyItStuckPrompt) => set({ whyItStuckPrompt })}
        />
      </section>

      <section className="stack" aria-labelledby="rc-elements">
        <h2 id="rc-elements">Elements of an experience</h2>
        <p className="muted">
          The learner breaks each experience into these elements and writes a note on each. Two to
          thirty.
        </p>
        <GroupErrors path="elements" />
        <CNumber
          path="minElements"
          label="Elements to choose for each experience"
          min={1}
          max={10}
          value={content.minElements}
          onChange={(minElements) => set({ minElements: minElements as number })}
        />
        <ol className="item-list">
          {elements.map((element, i) => {
            const at = `elements.${i}`;
            const name = `element “${element.label || i + 1}”`;
            return (
              <li key={i} className="item-card item-card--nested" id={fieldId(at)} tabIndex={-1}>
                <div className="item-card__head">
                  <h3>{element.label || `Element ${i + 1}`}</h3>
                  <ItemTools
                    name={name}
                    index={i}
                    count={elements.length}
                    minCount={2}
                    onMove={(from, to) => set({ elements: moved(elements, from, to) })}
                    onRemove={(r) => set({ elements: elements.filter((_, j) => j !== r) })}
                  />
                </div>
                <GroupErrors path={at} />
                <div className="fields-row">
                  <CText path={`${at}.label`} label="Name" value={element.label} onChange={(label) => setElement(i, { ...element, label })} />
                  <CKey path={`${at}.key`} label="Key" hint="Used in reports; keep it stable once published." value={element.key} onCommit={(key) => setElement(i, { ...element, key })} />
                </div>
                <CTextArea path={`${at}.hint`} label="Hint" hint="A question that helps the learner recognise it." rows={2} value={element.hint} onChange={(hint) => setElement(i, { ...element, hint })} />
              </li>
            );
          })}
        </ol>
        {elements.length < 30 ? (
          <p>
            <button
              type="button"
              className="button button--quiet button--small"
              onClick={() => {
                set({ elements: [...elements, { key: freshId('element', elements.map((e) => e.key)), label: '', hint: '' }] });
                announce(`Added element ${elements.length + 1}.`);
                requestAnimationFrame(() => focusIssue(`elements.${elements.length}.label`));
              }}
            >
              Add an element
            </button>
          </p>
        ) : null}
      </section>

      <section className="stack" aria-labelledby="rc-reflect">
        <h2 id="rc-reflect">Reflection on our organization</h2>
        <StringListField
          path="reflectionPrompts"
          legend="Reflection questions"
          itemLabel="Question"
          long
          min={1}
          max={10}
          values={content.reflectionPrompts}
          onChange={(reflectionPrompts) => set({ reflectionPrompts })}
        />
        <fieldset className="group" id={fieldId('journeyStages')} tabIndex={-1}>
          <legend>Stages of our customers’ journey</legend>
          <p className="field__hint">The learner points at the stage where a similar experience happens with us.</p>
          <GroupErrors path="journeyStages" />
          <ol className="item-list">
            {stages.map((stage, i) => {
              const at = `journeyStages.${i}`;
              return (
                <li key={i} className="option-row" id={fieldId(at)} tabIndex={-1}>
                  <CText path={`${at}.label`} label={`Stage ${i + 1}`} value={stage.label} onChange={(label) => setStage(i, { ...stage, label })} />
                  <CKey path={`${at}.key`} label={`Key of stage ${i + 1}`} value={stage.key} onCommit={(key) => setStage(i, { ...stage, key })} />
                  <ItemTools
                    name={`journey stage “${stage.label || i + 1}”`}
                    index={i}
                    count={stages.length}
                    minCount={1}
                    onMove={(from, to) => set({ journeyStages: moved(stages, from, to) })}
                    onRemove={(r) => set({ journeyStages: stages.filter((_, j) => j !== r) })}
                  />
                </li>
              );
            })}
          </ol>
          {stages.length < 20 ? (
            <p>
              <button
                type="button"
                className="button button--quiet button--small"
                onClick={() => {
                  set({ journeyStages: [...stages, { key: freshId('stage', stages.map((s) => s.key)), label: '' }] });
                  announce(`Added journey stage ${stages.length + 1}.`);
                }}
              >
                Add a journey stage
              </button>
            </p>
          ) : null}
        </fieldset>
      </section>

      <section className="stack" aria-labelledby="rc-analogy">
        <h2 id="rc-analogy">Another industry, an action, sharing</h2>
        <CTextArea path="analogyPrompt" label="Prompt for relating it to another industry" value={content.analogyPrompt} onChange={(analogyPrompt) => set({ analogyPrompt })} />
        <StringListField
          path="analogousIndustries"
          legend="Industries to suggest"
          itemLabel="Industry"
          max={20}
          values={content.analogousIndustries}
          onChange={(analogousIndustries) => set({ analogousIndustries })}
        />
        <CTextArea path="actionPrompt" label="Prompt for the one action" hint="Ask for something concrete and small enough to actually do." value={content.actionPrompt} onChange={(actionPrompt) => set({ actionPrompt })} />
        <CTextArea path="sharingPrompt" label="Invitation to share the story" hint="Stories are shared without names, and only if the learner agrees." value={content.sharingPrompt} onChange={(sharingPrompt) => set({ sharingPrompt })} />
      </section>
    </div>
  );
}
