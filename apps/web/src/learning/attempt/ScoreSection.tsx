import { ScoreLines } from '../common/parts';
import type { Attempt, ScoreLine } from '../types';

/** The score lines section every debrief ends with: points per part, never a mystery number. */
export function ScoreSection({
  attempt,
  describe,
  intro,
}: {
  attempt: Attempt;
  describe?: (line: ScoreLine) => string;
  intro?: string;
}) {
  return (
    <section className="stack" aria-labelledby="score-lines-title">
      <h2 id="score-lines-title">How the score was earned</h2>
      {intro ? <p className="muted">{intro}</p> : null}
      <ScoreLines lines={attempt.scoreLines} describe={describe} caption="Points for each part of your answer" />
    </section>
  );
}
