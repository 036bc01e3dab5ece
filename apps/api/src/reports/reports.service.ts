import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { isOverdue, type CompletionRule, type ModuleStatus } from '#module-kinds';
import { readRows } from '../database/pool.js';
import { ProgressService } from '../progress/progress.service.js';
import { completionSql, overdueSql, trendSql } from './report-sql.js';
import type { CompletionGroupDto, CompletionReportDto, CompletionQuery, OverdueItemDto, ReportFilterQuery, TrendQuery, TrendReportDto } from './dto/reports.dto.js';

const DAY = 86_400_000;

/**
 * HR's reports: completion, overdue and trend. Every number is counted from `assignment_progress`,
 * whose status comes from the one progress function and is kept up to date as its inputs
 * change, so HR, coaches and learners agree; overdue is judged here with `isOverdue`. Never
 * written work, never scores.
 */
@Injectable()
export class ReportsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly progress: ProgressService,
  ) {}

  /**
   * Completion counts per group, from the person-items kept in `assignment_progress` (status from
   * the one progress function, stored as it changes); overdue is judged here by `isOverdue`.
   */
  async completion(orgId: string, q: CompletionQuery, now = new Date()): Promise<CompletionReportDto> {
    const { sql, params } = completionSql(orgId, q, now);
    const classes = await readRows<CompletionClass>(this.db, sql, params);
    const groups = new Map<string, CompletionGroupDto>();
    const total = emptyGroup('total', 'All');
    for (const c of classes) {
      // The class only knows whether its due date has passed: any moment before `now` stands for it.
      const judged = { status: c.status, overdue: isOverdue(c.status, { dueAt: c.past_due ? PAST : null, now }) };
      const g = groups.get(c.key) ?? emptyGroup(c.key, c.label);
      count(g, judged, c.n);
      count(total, judged, c.n);
      groups.set(c.key, g);
    }
    const list = [...groups.values()].map(finish).sort((a, b) => a.label.localeCompare(b.label));
    return { groupBy: q.groupBy, groups: list, total: finish(total) };
  }

  /** Overdue person-items, longest overdue first, with how far each person has got. */
  async overdue(orgId: string, f: ReportFilterQuery, now = new Date()): Promise<OverdueItemDto[]> {
    const { sql, params } = overdueSql(orgId, f, now);
    const rows = await readRows<OverdueRow>(this.db, sql, params);
    const moduleIds = [...new Set(rows.flatMap((r) => (r.item_type === 'course' ? r.module_ids ?? [] : [r.item_id])))];
    const stored = await this.progress.forPeople(orgId, [...new Set(rows.map((r) => r.person_id))], moduleIds);
    return rows
      .map((r) => {
        const mine = stored.get(r.person_id);
        const percent =
          r.item_type === 'course'
            ? this.progress.courseState({ moduleIds: r.module_ids ?? [], completionRule: r.completion_rule ?? { kind: 'all-completed' } }, mine, r.due_at, now).percent
            : this.progress.moduleState(r.item_id, mine?.get(r.item_id), r.due_at, now).percent;
        return {
          personId: r.person_id,
          personName: r.person_name,
          department: r.department,
          team: r.team,
          itemType: r.item_type,
          itemId: r.item_id,
          itemTitle: r.item_title,
          dueAt: r.due_at.toISOString(),
          daysOverdue: Math.floor((now.getTime() - r.due_at.getTime()) / DAY),
          status: r.status,
          percent,
        };
      })
      .sort((a, b) => b.daysOverdue - a.daysOverdue || a.personName.localeCompare(b.personName));
  }

  /** Completions of assigned items per period, over the last 12 periods unless a range is given. */
  async trend(orgId: string, q: TrendQuery, now = new Date()): Promise<TrendReportDto> {
    const { sql, params } = trendSql(orgId, { ...q, from: undefined, to: undefined }, now);
    const counts = await readRows<{ day: string | null; n: number }>(this.db, sql, params);
    const assigned = counts.find((c) => c.day === null)?.n ?? 0;
    const days = counts.filter((c): c is { day: string; n: number } => c.day !== null).map((c) => ({ at: new Date(`${c.day}T00:00:00Z`), n: c.n }));
    const sum = (keep: (at: Date) => boolean) => days.reduce((s, d) => s + (keep(d.at) ? d.n : 0), 0);
    const end = q.to ? new Date(q.to) : now;
    const start = q.from ? new Date(q.from) : shift(periodStart(end, q.interval), q.interval, -11);
    const points: TrendReportDto['points'] = [];
    // Periods start at midnight UTC, so counting completions by their UTC day is exact.
    for (let p = periodStart(start, q.interval); p <= end; p = shift(p, q.interval, 1)) {
      const next = shift(p, q.interval, 1);
      const completed = sum((at) => at >= p && at < next);
      const cumulative = sum((at) => at < next);
      points.push({ periodStart: p.toISOString().slice(0, 10), completed, cumulativeCompleted: cumulative, completionRate: assigned ? Math.round((100 * cumulative) / assigned) : 0 });
    }
    return { assigned, points };
  }
}

/** One row of `overdueSql`. */
interface OverdueRow {
  person_id: string;
  person_name: string;
  department: string | null;
  team: string | null;
  item_type: 'course' | 'module';
  item_id: string;
  item_title: string;
  module_ids: string[] | null;
  completion_rule: CompletionRule | null;
  due_at: Date;
  status: ModuleStatus;
}

function emptyGroup(key: string, label: string): CompletionGroupDto {
  return { key, label, assigned: 0, completed: 0, inProgress: 0, notStarted: 0, overdue: 0, completionRate: 0 };
}

function count(g: CompletionGroupDto, r: { status: ModuleStatus; overdue: boolean }, n = 1): void {
  g.assigned += n;
  if (r.status === 'completed') g.completed += n;
  else if (r.status === 'in_progress') g.inProgress += n;
  else g.notStarted += n;
  if (r.overdue) g.overdue += n;
}

/** One row of `completionSql`: `n` person-items of one group with the same status and due-date state. */
interface CompletionClass {
  key: string;
  label: string;
  status: ModuleStatus;
  past_due: boolean;
  n: number;
}

const PAST = new Date(0);

function finish(g: CompletionGroupDto): CompletionGroupDto {
  return { ...g, completionRate: g.assigned ? Math.round((100 * g.completed) / g.assigned) : 0 };
}

function periodStart(d: Date, interval: TrendQuery['interval']): Date {
  const x = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  if (interval === 'week') x.setUTCDate(x.getUTCDate() - ((x.getUTCDay() + 6) % 7));
  if (interval === 'month') x.setUTCDate(1);
  return x;
}

function shift(d: Date, interval: TrendQuery['interval'], n: number): Date {
  const x = new Date(d);
  if (interval === 'day') x.setUTCDate(x.getUTCDate() + n);
  else if (interval === 'week') x.setUTCDate(x.getUTCDate() + 7 * n);
  else x.setUTCMonth(x.getUTCMonth() + n);
  return x;
}
