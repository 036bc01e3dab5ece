import { useId, useState, type ReactNode } from 'react';
import './charts.css';

/**
 * What every chart shares: a caption, a picture for sighted readers whose accessible name
 * carries the numbers in words, and the same numbers as a table one button away (WCAG 1.1.1).
 */
export function ChartFrame({
  title,
  summary,
  table,
  children,
}: {
  title: string;
  /** The chart's numbers in one or two sentences; it becomes part of the picture's name. */
  summary: string;
  /** The data table alternative: every number in the chart, and usually more. */
  table: ReactNode;
  /** The SVG; it receives the ids to label itself with. */
  children: (labelledBy: string) => ReactNode;
}) {
  const id = useId();
  const [showTable, setShowTable] = useState(false);
  return (
    <figure className="chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="chart__caption">
        {title}
      </figcaption>
      {children(`${id}-caption ${id}-summary`)}
      <p id={`${id}-summary`} className="visually-hidden">
        {summary}
      </p>
      <p>
        <button
          type="button"
          className="button button--quiet button--small"
          aria-expanded={showTable}
          aria-controls={`${id}-table`}
          // The visible words start the name (WCAG 2.5.3); the title tells the buttons apart.
          aria-label={`${showTable ? 'Hide the table' : 'Show as a table'}: ${title}`}
          onClick={() => setShowTable((shown) => !shown)}
        >
          {showTable ? 'Hide the table' : 'Show as a table'}
        </button>
      </p>
      <div id={`${id}-table`} hidden={!showTable}>
        {table}
      </div>
    </figure>
  );
}

/** Shortens a label to roughly fit `pixels` of 15 px text; the table keeps the full label. */
export function fitLabel(label: string, pixels: number): string {
  const chars = Math.max(6, Math.floor(pixels / 8));
  return label.length <= chars ? label : `${label.slice(0, chars - 1).trimEnd()}…`;
}
