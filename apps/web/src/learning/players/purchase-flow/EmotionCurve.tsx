import { useId } from 'react';
import type { EmotionPoint } from '../../kinds';
import { TableScroller } from '../../common/parts';
import { EMOTION_WORDS, signed, shortStageLabel } from './vocabulary';

const WIDTH = 720;
const HEIGHT = 280;
const PAD = { top: 24, right: 40, bottom: 72, left: 112 };

/**
 * The emotion curve of a journey: how the persona felt at each stage (-2..+2), with the pain
 * points logged there. An SVG for the eye, a description and a table for everyone else.
 */
export function EmotionCurve({ points, personaName }: { points: EmotionPoint[]; personaName: string }) {
  const id = useId();
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  const innerW = WIDTH - PAD.left - PAD.right;
  const innerH = HEIGHT - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (points.length <= 1 ? innerW / 2 : (i * innerW) / (points.length - 1));
  const y = (v: number) => PAD.top + ((2 - v) / 4) * innerH;

  // Unrated stages break the line rather than pretend to a value.
  const segments: { i: number; v: number }[][] = [];
  let run: { i: number; v: number }[] = [];
  points.forEach((p, i) => {
    if (p.emotion === null) {
      if (run.length) segments.push(run);
      run = [];
    } else run.push({ i, v: p.emotion });
  });
  if (run.length) segments.push(run);

  const rated = points.filter((p) => p.emotion !== null);
  const low = rated.length ? rated.reduce((a, b) => ((b.emotion ?? 0) < (a.emotion ?? 0) ? b : a)) : null;
  const high = rated.length ? rated.reduce((a, b) => ((b.emotion ?? 0) > (a.emotion ?? 0) ? b : a)) : null;
  const totalPain = points.reduce((n, p) => n + p.painPoints, 0);
  const description =
    rated.length === 0
      ? `No stage has an emotion rating yet.`
      : `${personaName}'s feelings across ${points.length} stages. Lowest at ${shortStageLabel(low!.label)} (${signed(low!.emotion!)}, ${EMOTION_WORDS[low!.emotion!]?.toLowerCase()}), highest at ${shortStageLabel(high!.label)} (${signed(high!.emotion!)}, ${EMOTION_WORDS[high!.emotion!]?.toLowerCase()}). ${totalPain} pain point${totalPain === 1 ? '' : 's'} logged in all. The table below gives every stage.`;

  return (
    <figure className="emotion-curve">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={titleId} aria-describedby={descId} className="emotion-curve__svg">
        <title id={titleId}>Emotion curve of the journey</title>
        <desc id={descId}>{description}</desc>
        {[-2, -1, 0, 1, 2].map((v) => (
          <g key={v}>
            <line
              x1={PAD.left}
              x2={WIDTH - PAD.right}
              y1={y(v)}
              y2={y(v)}
              className={v === 0 ? 'curve-axis curve-axis--zero' : 'curve-axis'}
            />
            <text x={PAD.left - 10} y={y(v)} textAnchor="end" dominantBaseline="middle" className="curve-label">
              {signed(v)} {EMOTION_WORDS[v]}
            </text>
          </g>
        ))}
        {segments.map((segment, s) =>
          segment.length > 1 ? (
            <polyline
              key={s}
              className="curve-line"
              points={segment.map((p) => `${x(p.i)},${y(p.v)}`).join(' ')}
            />
          ) : null,
        )}
        {points.map((p, i) => (
          <g key={p.stageKey}>
            {p.emotion !== null ? (
              <circle cx={x(i)} cy={y(p.emotion)} r={7} className={`curve-point curve-point--${p.emotion < 0 ? 'low' : p.emotion > 0 ? 'high' : 'mid'}`} />
            ) : (
              <circle cx={x(i)} cy={y(0)} r={6} className="curve-point curve-point--none" />
            )}
            <text x={x(i)} y={HEIGHT - PAD.bottom + 30} textAnchor="middle" className="curve-label curve-label--stage">
              {shortStageLabel(p.label)}
            </text>
            {p.painPoints > 0 ? (
              <text x={x(i)} y={HEIGHT - PAD.bottom + 50} textAnchor="middle" className="curve-label curve-label--pain">
                {`⚑ ${p.painPoints}`}
              </text>
            ) : null}
          </g>
        ))}
      </svg>
      <figcaption className="muted small">
        Each dot is how {personaName} felt at the end of a stage; ⚑ counts the pain points you logged there.
      </figcaption>
      <details className="curve-table">
        <summary>The curve as a table</summary>
        <TableScroller label="Emotion and pain points per stage">
          <table className="data-table">
            <caption className="visually-hidden">Emotion and pain points per stage</caption>
            <thead>
              <tr>
                <th scope="col">Stage</th>
                <th scope="col">Feeling</th>
                <th scope="col" className="num">
                  Pain points
                </th>
                <th scope="col" className="num">
                  Worst severity
                </th>
              </tr>
            </thead>
            <tbody>
              {points.map((p) => (
                <tr key={p.stageKey}>
                  <th scope="row">{p.label}</th>
                  <td>{p.emotion === null ? 'Not rated' : `${signed(p.emotion)} ${EMOTION_WORDS[p.emotion]}`}</td>
                  <td className="num">{p.painPoints}</td>
                  <td className="num">{p.maxSeverity ?? '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroller>
      </details>
    </figure>
  );
}
