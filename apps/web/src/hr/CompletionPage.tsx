import { useId, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { BarChart } from '../ui/charts/BarChart';
import { LineChart } from '../ui/charts/LineChart';
import { formatDay, formatDayMonth, formatMonth, plural } from '../ui/dates';
import { TableRegion } from '../ui/TableRegion';
import { PageHeader } from '../ui/PageHeader';
import {
  csvHref,
  filterParams,
  filtersFrom,
  hasFilters,
  intervalFrom,
  useAssignedItems,
  useCompletion,
  useDepartments,
  useOverdue,
  useTrend,
  type CompletionReport,
  type Interval,
  type OverdueItem,
  type ReportFilters,
  type TrendReport,
} from './api';
import { CompletionTable, CsvLink, percent, QueryState } from './parts';
import './hr.css';

/**
 * HR's completion dashboard. The filters live in the address (the same names the report
 * endpoints take), so a filtered view can be bookmarked, shared and reloaded, and every CSV
 * download carries the same filters as the numbers on screen.
 */
export function CompletionPage() {
  const [params, setParams] = useSearchParams();
  const filters = filtersFrom(params);
  const interval = intervalFrom(params);

  function applyFilters(next: ReportFilters) {
    const search = filterParams(next, interval === 'week' ? {} : { interval });
    setParams(search);
  }
  function setInterval(next: Interval) {
    setParams(filterParams(filters, next === 'week' ? {} : { interval: next }), { replace: true });
  }

  return (
    <div className="stack stack--lg">
      <PageHeader title="Completion">
        <p>
          Who has completed what they were assigned, by department, course and person. Every figure counts assigned
          items: one person with one course or module. Only status and dates are shown, never anyone’s written work or
          scores.
        </p>
      </PageHeader>
      <Filters key={params.toString()} filters={filters} onApply={applyFilters} />
      <Dashboard filters={filters} interval={interval} onInterval={setInterval} />
    </div>
  );
}

function Filters({ filters, onApply }: { filters: ReportFilters; onApply: (filters: ReportFilters) => void }) {
  const departments = useDepartments();
  const items = useAssignedItems();
  const [draft, setDraft] = useState<ReportFilters>(filters);
  const [rangeError, setRangeError] = useState<string | null>(null);
  const id = useId();

  const itemOptions = items.data?.groups.map((g) => ({ value: g.key, label: g.label })) ?? [];
  if (draft.itemId && items.data && !itemOptions.some((o) => o.value === draft.itemId)) {
    itemOptions.push({ value: draft.itemId, label: 'A course no longer assigned' });
  }
  const departmentOptions = departments.data?.map((d) => ({ value: d.id, label: d.name })) ?? [];

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (draft.from && draft.to && draft.from > draft.to) {
      setRangeError('The “due until” date is before the “due from” date.');
      document.getElementById(`${id}-to`)?.focus();
      return;
    }
    setRangeError(null);
    onApply(draft);
  }

  return (
    <form className="filter-bar" noValidate onSubmit={onSubmit} aria-label="Filter the reports">
      <div className="field">
        <label htmlFor={`${id}-department`}>Department</label>
        <select
          id={`${id}-department`}
          value={draft.departmentId ?? ''}
          onChange={(e) => setDraft((d) => ({ ...d, departmentId: e.target.value || undefined }))}
          aria-describedby={departments.isError ? `${id}-department-error` : undefined}
        >
          <option value="">All departments</option>
          {departmentOptions.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
        {departments.isError ? (
          <p className="field__error" id={`${id}-department-error`}>
            The departments could not be loaded.
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor={`${id}-item`}>Course or module</label>
        <select
          id={`${id}-item`}
          value={draft.itemId ?? ''}
          onChange={(e) => setDraft((d) => ({ ...d, itemId: e.target.value || undefined }))}
        >
          <option value="">All courses and modules</option>
          {itemOptions.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-from`}>Due from</label>
        <input
          id={`${id}-from`}
          type="date"
          value={draft.from ?? ''}
          onChange={(e) => setDraft((d) => ({ ...d, from: e.target.value || undefined }))}
        />
      </div>
      <div className={`field${rangeError ? ' field--invalid' : ''}`}>
        <label htmlFor={`${id}-to`}>Due until</label>
        <input
          id={`${id}-to`}
          type="date"
          value={draft.to ?? ''}
          onChange={(e) => setDraft((d) => ({ ...d, to: e.target.value || undefined }))}
          aria-invalid={rangeError ? true : undefined}
          aria-describedby={rangeError ? `${id}-to-error` : undefined}
        />
        {rangeError ? (
          <p className="field__error" id={`${id}-to-error`}>
            {rangeError}
          </p>
        ) : null}
      </div>
      <div className="filter-bar__actions">
        <button type="submit" className="button button--primary">
          Apply filters
        </button>
        {hasFilters(filters) ? (
          <button type="button" className="button button--quiet" onClick={() => onApply({})}>
            Clear filters
          </button>
        ) : null}
      </div>
    </form>
  );
}

function Dashboard({
  filters,
  interval,
  onInterval,
}: {
  filters: ReportFilters;
  interval: Interval;
  onInterval: (interval: Interval) => void;
}) {
  const byDepartment = useCompletion('department', filters);
  const departments = useDepartments();
  const items = useAssignedItems();

  const departmentName = departments.data?.find((d) => d.id === filters.departmentId)?.name;
  const itemName = items.data?.groups.find((g) => g.key === filters.itemId)?.label;
  const scope = [
    filters.departmentId ? (departmentName ?? 'one department') : 'all departments',
    filters.itemId ? (itemName ?? 'one course') : 'all courses and modules',
    filters.from || filters.to
      ? `due ${filters.from ? `from ${formatDay(filters.from)}` : ''}${filters.from && filters.to ? ' ' : ''}${filters.to ? `until ${formatDay(filters.to)}` : ''}`
      : 'any due date',
  ].join(' · ');

  return (
    <div className="stack stack--lg">
      <p className="report-scope" role="status">
        <span className="muted">Showing </span>
        {scope}
      </p>
      <QueryState query={byDepartment} what="completion report" className="stack stack--lg">
        {(report) =>
          report.total.assigned === 0 ? (
            <div className="empty-state">
              <h2>{hasFilters(filters) ? 'Nothing assigned matches these filters' : 'Nothing has been assigned yet'}</h2>
              <p>
                {hasFilters(filters)
                  ? 'Try another department or course, or a wider date range.'
                  : 'When a coach assigns a course or module to people, teams or departments, its completion appears here.'}
              </p>
            </div>
          ) : (
            <>
              <Summary report={report} />
              <DepartmentSection report={report} filters={filters} />
              <CourseSection filters={filters} />
              <TrendSection filters={filters} interval={interval} onInterval={onInterval} />
              <OverdueSection filters={filters} />
              <PeopleSection filters={filters} />
            </>
          )
        }
      </QueryState>
    </div>
  );
}

function Summary({ report }: { report: CompletionReport }) {
  const t = report.total;
  return (
    <section className="panel stack" aria-labelledby="summary-title">
      <div className="panel__head">
        <h2 id="summary-title">At a glance</h2>
      </div>
      <dl className="stat-list">
        <div>
          <dt>Completion rate</dt>
          <dd>{percent(t.completionRate)}</dd>
        </div>
        <div>
          <dt>Assigned</dt>
          <dd>{t.assigned}</dd>
        </div>
        <div>
          <dt>Completed</dt>
          <dd>{t.completed}</dd>
        </div>
        <div>
          <dt>In progress</dt>
          <dd>{t.inProgress}</dd>
        </div>
        <div>
          <dt>Not started</dt>
          <dd>{t.notStarted}</dd>
        </div>
        <div className={t.overdue ? 'stat--alert' : undefined}>
          <dt>Overdue</dt>
          <dd>{t.overdue}</dd>
        </div>
      </dl>
    </section>
  );
}

function bars(report: CompletionReport) {
  return report.groups.map((g) => ({ key: g.key, label: g.label, value: g.completionRate, valueLabel: percent(g.completionRate) }));
}

function DepartmentSection({ report, filters }: { report: CompletionReport; filters: ReportFilters }) {
  return (
    <section className="panel stack" aria-labelledby="by-department-title">
      <div className="panel__head">
        <h2 id="by-department-title">By department</h2>
        <CsvLink href={csvHref('completion', filters, { groupBy: 'department' })} what="completion by department" />
      </div>
      <BarChart
        title="Completion rate by department"
        data={bars(report)}
        table={
          <CompletionTable caption="Completion by department" groupLabel="Department" groups={report.groups} total={report.total} />
        }
      />
    </section>
  );
}

function CourseSection({ filters }: { filters: ReportFilters }) {
  const byCourse = useCompletion('course', filters);
  return (
    <section className="panel stack" aria-labelledby="by-course-title">
      <div className="panel__head">
        <h2 id="by-course-title">By course</h2>
        <CsvLink href={csvHref('completion', filters, { groupBy: 'course' })} what="completion by course" />
      </div>
      <QueryState query={byCourse} what="completion by course">
        {(report) => (
          <BarChart
            title="Completion rate by course or module"
            data={bars(report)}
            table={
              <CompletionTable caption="Completion by course" groupLabel="Course or module" groups={report.groups} total={report.total} />
            }
          />
        )}
      </QueryState>
    </section>
  );
}

const INTERVALS: { value: Interval; label: string }[] = [
  { value: 'day', label: 'Daily' },
  { value: 'week', label: 'Weekly' },
  { value: 'month', label: 'Monthly' },
];

function periodLabel(periodStart: string, interval: Interval): string {
  return interval === 'month' ? formatMonth(periodStart) : formatDayMonth(periodStart);
}

function trendSummary(report: TrendReport, interval: Interval): string {
  const first = report.points[0];
  const last = report.points.at(-1);
  if (!first || !last) return 'No periods to show.';
  const completed = last.cumulativeCompleted;
  return `The completion rate went from ${percent(first.completionRate)} in the period starting ${periodLabel(first.periodStart, interval)} to ${percent(last.completionRate)} in the period starting ${periodLabel(last.periodStart, interval)}: ${completed} of ${report.assigned} assigned items completed.`;
}

function TrendSection({
  filters,
  interval,
  onInterval,
}: {
  filters: ReportFilters;
  interval: Interval;
  onInterval: (interval: Interval) => void;
}) {
  const trend = useTrend(interval, filters);
  return (
    <section className="panel stack" aria-labelledby="trend-title">
      <div className="panel__head">
        <h2 id="trend-title">Over time</h2>
        <CsvLink href={csvHref('trend', filters, { interval })} what="completion over time" />
      </div>
      <p className="muted">
        The share of assigned items completed by the end of each period.
        {filters.from || filters.to ? ' The date filters set the periods shown.' : ' The last twelve periods.'}
      </p>
      <div role="group" aria-label="Period" className="segmented">
        {INTERVALS.map((option) => (
          <button key={option.value} type="button" aria-pressed={interval === option.value} onClick={() => onInterval(option.value)}>
            {option.label}
          </button>
        ))}
      </div>
      <QueryState query={trend} what="completion over time">
        {(report) =>
          report.points.length === 0 ? (
            <p className="muted">No periods fall in this date range.</p>
          ) : (
            <LineChart
              title={`Completion rate, ${INTERVALS.find((i) => i.value === interval)?.label.toLowerCase()}`}
              summary={trendSummary(report, interval)}
              points={report.points.map((p) => ({ key: p.periodStart, label: periodLabel(p.periodStart, interval), value: p.completionRate }))}
              table={
                <TableRegion label="Completion over time">
                  <table className="table">
                    <caption className="visually-hidden">Completion over time</caption>
                    <thead>
                      <tr>
                        <th scope="col">Period starting</th>
                        <th scope="col" className="num">
                          Completed in the period
                        </th>
                        <th scope="col" className="num">
                          Completed by its end
                        </th>
                        <th scope="col" className="num">
                          Completion rate
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {report.points.map((p) => (
                        <tr key={p.periodStart}>
                          <th scope="row">{interval === 'month' ? formatMonth(p.periodStart) : formatDay(p.periodStart)}</th>
                          <td className="num">{p.completed}</td>
                          <td className="num">{p.cumulativeCompleted}</td>
                          <td className="num">{percent(p.completionRate)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </TableRegion>
              }
            />
          )
        }
      </QueryState>
    </section>
  );
}

const OVERDUE_LIMIT = 20;

function OverdueSection({ filters }: { filters: ReportFilters }) {
  const overdue = useOverdue(filters);
  const [all, setAll] = useState(false);
  return (
    <section className="panel stack" aria-labelledby="overdue-title">
      <div className="panel__head">
        <h2 id="overdue-title">Overdue</h2>
        <CsvLink href={csvHref('overdue', filters)} what="overdue list" />
      </div>
      <QueryState query={overdue} what="overdue list">
        {(rows) =>
          rows.length === 0 ? (
            <p className="notice notice--success">Nothing is overdue{hasFilters(filters) ? ' for these filters' : ''}.</p>
          ) : (
            <>
              <p>
                {plural(rows.length, 'assigned item')} past {rows.length === 1 ? 'its' : 'their'} due date and not completed,
                longest overdue first.
              </p>
              <TableRegion label="Overdue assignments, longest overdue first">
                <table className="table">
                  <caption className="visually-hidden">Overdue assignments, longest overdue first</caption>
                  <thead>
                    <tr>
                      <th scope="col">Person</th>
                      <th scope="col">Department and team</th>
                      <th scope="col">Course or module</th>
                      <th scope="col">Was due</th>
                      <th scope="col" className="num">
                        Days overdue
                      </th>
                      <th scope="col">Progress</th>
                    </tr>
                  </thead>
                  <tbody>
                    {(all ? rows : rows.slice(0, OVERDUE_LIMIT)).map((row) => (
                      <OverdueRow key={`${row.personId}-${row.itemId}`} row={row} />
                    ))}
                  </tbody>
                </table>
              </TableRegion>
              {rows.length > OVERDUE_LIMIT ? (
                <p>
                  <button type="button" className="button button--quiet button--small" onClick={() => setAll((v) => !v)}>
                    {all ? `Show the first ${OVERDUE_LIMIT} only` : `Show all ${rows.length}`}
                  </button>
                </p>
              ) : null}
            </>
          )
        }
      </QueryState>
    </section>
  );
}

function OverdueRow({ row }: { row: OverdueItem }) {
  return (
    <tr>
      <th scope="row">{row.personName}</th>
      <td>{[row.department, row.team].filter(Boolean).join(' · ') || <span className="muted">None</span>}</td>
      <td>{row.itemTitle}</td>
      <td>
        <time dateTime={row.dueAt}>{formatDay(row.dueAt)}</time>
      </td>
      <td className="num">{row.daysOverdue}</td>
      <td>{row.status === 'in_progress' ? `In progress, ${Math.round(row.percent)}%` : 'Not started'}</td>
    </tr>
  );
}

function PeopleSection({ filters }: { filters: ReportFilters }) {
  return (
    <>
      <GroupTableSection groupBy="team" label="Team" filters={filters} />
      <GroupTableSection groupBy="person" label="Person" filters={filters} />
    </>
  );
}

/** Completion by team or by person: a table of the first 20 groups, with its CSV. */
function GroupTableSection({ groupBy, label, filters }: { groupBy: 'team' | 'person'; label: string; filters: ReportFilters }) {
  const report = useCompletion(groupBy, filters);
  const what = `completion by ${groupBy}`;
  return (
    <section className="panel stack" aria-labelledby={`by-${groupBy}-title`}>
      <div className="panel__head">
        <h2 id={`by-${groupBy}-title`}>By {groupBy}</h2>
        <CsvLink href={csvHref('completion', filters, { groupBy })} what={what} />
      </div>
      <QueryState query={report} what={what}>
        {(r) => <CompletionTable caption={`Completion by ${groupBy}`} groupLabel={label} groups={r.groups} total={r.total} limit={20} />}
      </QueryState>
    </section>
  );
}
