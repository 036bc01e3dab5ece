import type { ReactNode } from 'react';
import { useElementWidth } from '../useElementWidth';
import { ChartFrame, fitLabel } from './ChartFrame';

export interface BarDatum {
  key: string;
  label: string;
  /** Between 0 and `max`. */
  value: number;
  /** How the value reads, e.g. "40%". */
  valueLabel: string;
}

const ROW = 54;
const BAR = 18;
const VALUE_COLUMN = 64;

/**
 * Horizontal bars, one per row, each with its label above and its value at the end. Drawn at
 * the real width of its container so the text never shrinks; the numbers are also in the
 * picture's accessible name and in the table behind "Show as a table".
 */
export function BarChart({
  title,
  data,
  max = 100,
  table,
}: {
  title: string;
  data: readonly BarDatum[];
  max?: number;
  table: ReactNode;
}) {
  const { ref, width } = useElementWidth<HTMLDivElement>(640);
  const track = Math.max(48, width - VALUE_COLUMN);
  const height = data.length * ROW;
  const summary = `${data.map((d) => `${d.label}: ${d.valueLabel}`).join('; ')}.`;

  return (
    <ChartFrame title={title} summary={summary} table={table}>
      {(labelledBy) => (
        <div ref={ref} className="chart__canvas">
          <svg role="img" aria-labelledby={labelledBy} width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
            {data.map((d, index) => {
              const y = index * ROW;
              const filled = max > 0 ? Math.round((track * Math.max(0, Math.min(d.value, max))) / max) : 0;
              return (
                <g key={d.key}>
                  <text className="chart__label" x={0} y={y + 18}>
                    {fitLabel(d.label, width)}
                  </text>
                  <rect className="chart__track" x={0.5} y={y + 27.5} width={track - 1} height={BAR} rx={3} />
                  {filled > 0 ? <rect className="chart__bar" x={0} y={y + 27} width={filled} height={BAR + 1} rx={3} /> : null}
                  <text className="chart__value" x={width} y={y + 41} textAnchor="end">
                    {d.valueLabel}
                  </text>
                </g>
              );
            })}
          </svg>
        </div>
      )}
    </ChartFrame>
  );
}
