import { ScoreSection } from '../../attempt/ScoreSection';
import type { PurchaseFlowContent, PurchaseFlowDraft, PurchaseFlowScoreDetails } from '../../kinds';
import type { Attempt, ScoreLine } from '../../types';
import { unitName, useOwningUnits } from '../../units';
import { EmotionCurve } from './EmotionCurve';
import { curveOf } from './PurchaseFlowPlayer';
import { EFFORT_WORDS, SEVERITIES } from './vocabulary';

/**
 * The journey debrief: the emotion curve, then stage by stage the friction that was built in,
 * beside the pain points the learner logged there.
 */
export default function PurchaseFlowResult({ attempt }: { attempt: Attempt }) {
  const content = attempt.content as unknown as PurchaseFlowContent;
  const answer = attempt.answer as PurchaseFlowDraft;
  const details = attempt.scoreDetails as unknown as PurchaseFlowScoreDetails | null;
  const units = useOwningUnits();
  const first = content.persona.name.split(' ')[0] ?? content.persona.name;
  const curve = details?.curve ?? curveOf(content, answer);
  const stageLabel = (key: string) => content.stages.find((s) => s.key === key)?.label ?? key;

  const describe = (line: ScoreLine) => {
    const key = line.rule.startsWith('stage.') ? line.rule.slice('stage.'.length) : null;
    const result = details?.stages.find((s) => s.stageKey === key);
    if (!key || !result) return line.reason;
    return `${stageLabel(key)}: ${result.designed} moment${result.designed === 1 ? '' : 's'} of friction built in; you logged ${result.logged} pain point${result.logged === 1 ? '' : 's'} here.`;
  };

  return (
    <>
      <section className="stack" aria-labelledby="curve-title">
        <h2 id="curve-title">{first}’s emotion curve</h2>
        <EmotionCurve points={curve} personaName={first} />
      </section>

      <section className="stack" aria-labelledby="friction-title">
        <h2 id="friction-title">The friction at each stage</h2>
        <p className="muted">
          What was built into each stage on purpose, and what you noticed. Every pain point you logged at a stage counts for one
          of its moments of friction.
        </p>
        <ol className="friction-stages">
          {content.stages.map((stage) => {
            const mine = (answer.painPoints ?? []).filter((p) => p.stageKey === stage.key);
            const result = details?.stages.find((s) => s.stageKey === stage.key);
            const noticed = result?.noticed ?? Math.min(mine.length, stage.friction.length);
            return (
              <li key={stage.key} className="card friction-stage">
                <h3>{stage.label}</h3>
                <p className={noticed >= stage.friction.length ? 'success-text' : 'muted'}>
                  {stage.friction.length === 0
                    ? 'No friction was built into this stage.'
                    : `You noticed ${noticed} of ${stage.friction.length}.`}
                </p>
                <div className="two-columns two-columns--tight">
                  <div>
                    <h4>Built in</h4>
                    <ul className="plain-list">
                      {stage.friction.map((f) => (
                        <li key={f.id}>
                          {f.description} <span className="muted small">({EFFORT_WORDS[f.effort]})</span>
                        </li>
                      ))}
                    </ul>
                  </div>
                  <div>
                    <h4>You logged</h4>
                    {mine.length === 0 ? (
                      <p className="muted">Nothing at this stage.</p>
                    ) : (
                      <ul className="plain-list">
                        {mine.map((p, i) => (
                          <li key={i}>
                            {p.note}{' '}
                            <span className="muted small">
                              (severity {p.severity}
                              {p.severity ? ` ${SEVERITIES[p.severity].label.toLowerCase()}` : ''}, {p.emotion},{' '}
                              {unitName(units.units, p.unitId) ?? 'another team'})
                            </span>
                          </li>
                        ))}
                      </ul>
                    )}
                  </div>
                </div>
              </li>
            );
          })}
        </ol>
      </section>
      <ScoreSection attempt={attempt} describe={describe} />
    </>
  );
}
