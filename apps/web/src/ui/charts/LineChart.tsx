import type { ReactNode } from 'react';
import { useElementWidth } from '../useElementWidth';
import { ChartFrame } from './ChartFrame';

export interface LinePoint {
  key: string;
  /** Short label for the horizontal axis, e.g. "3 Mar". */
  label: string;
  /** Between 0 and `max`. */
  value: number;
}

const HEIGHT = 240;
const PAD = { top: 16, right: 20, bottom: 34, left: 48 };
const TICKS = [0, 25, 50, 75, 100];

/**
 * A line over time (for example the completion rate at the end of each week), drawn at the
 * real width of its container. Axis labels thin out on narrow screens; the table keeps them all.
 */
export function LineChart({
  title,
  points,
  summary,
  table,
  max = 100,
  formatValue = (value) => `${value}%`,
}: {
  title: string;
  points: readonly LinePoint[];
  summary: string;
  table: ReactNode;
  max?: number;
  formatValue?: (value: number) => string;
}) {
  const { ref, width } = useElementWidth<HTMLDivElement>(640);
  const plotWidth = Math.max(60, width - PAD.left - PAD.right);
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const step = points.length > 1 ? plotWidth / (points.length - 1) : 0;
  const x = (index: number) => PAD.left + (points.length > 1 ? index * step : plotWidth / 2);
  const y = (value: number) => PAD.top + plotHeight - (plotHeight * Math.max(0, Math.min(value, max))) / max;
  const path = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ');
  // About one axis label per 72 px, always including the last period.
  const every = Math.max(1, Math.ceil(points.length / Math.max(1, Math.floor(plotWidth / 72))));
  const last = points.at(-1);

  return (
    <ChartFrame title={title} summary={summary} table={table}>
      {(labelledBy) => (
        <div ref={ref} className="chart__canvas">
          <svg role="img" aria-labelledby={labelledBy} width={width} height={HEIGHT} viewBox={`0 0 ${width} ${HEIGHT}`}>
            {TICKS.map((tick) => {
              const value = (tick / 100) * max;
              return (
                <g key={tick}>
                  <line className="chart__grid" x1={PAD.left} x2={PAD.left + plotWidth} y1={y(value)} y2={y(value)} />
                  <text className="chart__axis" x={PAD.left - 8} y={y(value) + 4} textAnchor="end">
                    {formatValue(Math.round(value))}
                  </text>
                </g>
              );
            })}
            {points.map((p, i) =>
              showAxisLabel(i, points.length, every) ? (
                <text
                  key={p.key}
                  className="chart__axis"
                  x={x(i)}
                  y={HEIGHT - 10}
                  textAnchor={points.length === 1 ? 'middle' : i === 0 ? 'start' : i === points.length - 1 ? 'end' : 'middle'}
                >
                  {p.label}
                </text>
              ) : null,
            )}
            {points.length > 1 ? <path className="chart__line" d={path} /> : null}
            {points.map((p, i) => (
              <circle key={p.key} className="chart__point" cx={x(i)} cy={y(p.value)} r={4} />
            ))}
            {last ? (
              <text
                className="chart__value"
                x={Math.min(x(points.length - 1), PAD.left + plotWidth)}
                y={Math.max(PAD.top + 12, y(last.value) - 10)}
                textAnchor="end"
              >
                {formatValue(last.value)}
              </text>
            ) : null}
          </svg>
        </div>
      )}
    </ChartFrame>
  );
}

/** Every `every`-th label and the last one, skipping a label that would crowd the last. */
function showAxisLabel(index: number, count: number, every: number): boolean {
  if (index === count - 1) return true;
  return index % every === 0 && count - 1 - index >= Math.ceil(every * 0.6);
}
