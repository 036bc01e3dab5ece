import { ScoreSection } from '../../attempt/ScoreSection';
import { formatDate } from '../../common/format';
import type { RecallContent, RecallDraft } from '../../kinds';
import type { Attempt } from '../../types';

/** The recall debrief: the commitment to keep, the two stories side by side, then the points. */
export default function RecallResult({ attempt }: { attempt: Attempt }) {
  const answer = attempt.answer as RecallDraft;
  const content = attempt.content as unknown as RecallContent;
  const label = (key: string) => content.elements.find((e) => e.key === key)?.label ?? key;

  return (
    <>
      {answer.action?.text ? (
        <section className="card commitment" aria-labelledby="commitment-title">
          <h2 id="commitment-title">Your commitment</h2>
          <blockquote>{answer.action.text}</blockquote>
          {answer.action.byDate ? <p>By {formatDate(answer.action.byDate)}.</p> : null}
        </section>
      ) : null}
      <section className="stack" aria-labelledby="stories-title">
        <h2 id="stories-title">Your two experiences</h2>
        <div className="two-columns">
          {(['best', 'worst'] as const).map((which) => {
            const exp = answer[which];
            return (
              <div key={which} className={`card recall-story recall-story--${which}`}>
                <h3>{which === 'best' ? 'Best' : 'Worst'}: {exp?.where}</h3>
                <p>{exp?.what}</p>
                <p className="muted small">
                  Felt {exp?.feltThen} of 5 at the time, {exp?.feltNow} of 5 now.
                </p>
                <ul className="chip-list" aria-label="Elements">
                  {(exp?.elements ?? []).map((e) => (
                    <li key={e.key} className="chip chip--static">
                      {label(e.key)}
                    </li>
                  ))}
                </ul>
              </div>
            );
          })}
        </div>
      </section>
      <ScoreSection
        attempt={attempt}
        intro="This exercise rewards depth: concrete stories, elements explained, a thought-through reflection and a dated action. There is no right opinion, and saying our organization has not created such experiences costs nothing."
      />
    </>
  );
}
