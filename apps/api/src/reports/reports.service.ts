import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, In } from 'typeorm';
import { isOverdue, type ModuleStatus } from '#module-kinds';
import { effectiveAssignments } from '../assignments/recipients.js';
import { completionSql } from './completion-sql.js';
import { Course } from '../courses/course.entity.js';
import { LearningModule } from '../modules/learning-module.entity.js';
import { Department } from '../org/department.entity.js';
import { Team } from '../org/team.entity.js';
import { Person } from '../people/person.entity.js';
import { anyOf } from '../database/any-of.js';
import { ProgressService } from '../progress/progress.service.js';
import type { CompletionGroupDto, CompletionReportDto, CompletionQuery, OverdueItemDto, ReportFilterQuery, TrendQuery, TrendReportDto } from './dto/reports.dto.js';

/** One person's effective assignment with its progress: the unit every report counts. Status and dates only. */
export interface ReportRow {
  personId: string;
  personName: string;
  departmentId: string | null;
  department: string | null;
  teamId: string | null;
  team: string | null;
  itemType: 'course' | 'module';
  itemId: string;
  itemTitle: string;
  dueAt: Date | null;
  status: ModuleStatus;
  percent: number;
  overdue: boolean;
  completedAt: Date | null;
}

const DAY = 86_400_000;

/**
 * HR's completion reports. Every number is counted from rows whose status comes from the one
 * progress function (ProgressService), so HR, coaches and learners agree. Never written work,
 * never scores.
 */
@Injectable()
export class ReportsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly progress: ProgressService,
  ) {}

  async rows(orgId: string, f: ReportFilterQuery, now = new Date()): Promise<ReportRow[]> {
    const conditions: string[] = [];
    const params: unknown[] = [];
    if (f.departmentId) {
      params.push(f.departmentId);
      conditions.push(`AND p.department_id = $${params.length + 1}`);
    }
    if (f.itemId) {
      params.push(f.itemId);
      conditions.push(`AND a.item_id = $${params.length + 1}`);
    }
    let effective = await effectiveAssignments(this.db.manager, orgId, conditions.join(' '), params);
    const from = f.from ? new Date(f.from) : null;
    const to = f.to ? new Date(new Date(f.to).getTime() + DAY - 1) : null;
    if (from || to) effective = effective.filter((e) => e.dueAt && (!from || new Date(e.dueAt) >= from) && (!to || new Date(e.dueAt) <= to));
    if (!effective.length) return [];

    const personIds = [...new Set(effective.map((e) => e.personId))];
    const [people, departments, teams, courses, modules] = await Promise.all([
      this.db.getRepository(Person).findBy({ organizationId: orgId, id: anyOf(personIds) }),
      this.db.getRepository(Department).findBy({ organizationId: orgId }),
      this.db.getRepository(Team).findBy({ organizationId: orgId }),
      this.db.getRepository(Course).findBy({ organizationId: orgId, id: In(effective.filter((e) => e.itemType === 'course').map((e) => e.itemId)) }),
      this.db.getRepository(LearningModule).findBy({ organizationId: orgId, id: In(effective.filter((e) => e.itemType === 'module').map((e) => e.itemId)) }),
    ]);
    const moduleIds = [...new Set([...modules.map((m) => m.id), ...courses.flatMap((c) => c.moduleIds)])];
    const stored = await this.progress.forPeople(orgId, personIds, moduleIds);
    const byId = <T extends { id: string }>(xs: T[]) => new Map(xs.map((x) => [x.id, x]));
    const [pm, dm, tm, cm, mm] = [byId(people), byId(departments), byId(teams), byId(courses), byId(modules)];

    return effective.flatMap((e): ReportRow[] => {
      const person = pm.get(e.personId)!;
      const dueAt = e.dueAt ? new Date(e.dueAt) : null;
      const mine = stored.get(e.personId);
      const base = {
        personId: person.id,
        personName: person.name,
        departmentId: person.departmentId,
        department: person.departmentId ? dm.get(person.departmentId)?.name ?? null : null,
        teamId: person.teamId,
        team: person.teamId ? tm.get(person.teamId)?.name ?? null : null,
        itemType: e.itemType,
        itemId: e.itemId,
        dueAt,
      };
      if (e.itemType === 'course') {
        const c = cm.get(e.itemId);
        if (!c || c.status === 'archived') return [];
        const p = this.progress.courseState(c, mine, dueAt, now);
        const completedAt = p.status === 'completed' ? maxDate(c.moduleIds.map((id) => mine?.get(id)?.completedAt ?? null)) : null;
        return [{ ...base, itemTitle: c.title, status: p.status, percent: p.percent, overdue: p.overdue, completedAt }];
      }
      const m = mm.get(e.itemId);
      if (!m || m.status !== 'published') return [];
      const p = this.progress.moduleState(m.id, mine?.get(m.id), dueAt, now);
      return [{ ...base, itemTitle: m.title, status: p.status, percent: p.percent, overdue: p.overdue, completedAt: p.status === 'completed' ? mine?.get(m.id)?.completedAt ?? null : null }];
    });
  }

  /**
   * Completion counts per group, from the person-items kept in `assignment_progress` (status from
   * the one progress function, stored as it changes); overdue is judged here by `isOverdue`.
   */
  async completion(orgId: string, q: CompletionQuery, now = new Date()): Promise<CompletionReportDto> {
    const { sql, params } = completionSql(orgId, q, now);
    const classes: CompletionClass[] = await this.db.query(sql, params);
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

  async overdue(orgId: string, f: ReportFilterQuery, now = new Date()): Promise<OverdueItemDto[]> {
    const rows = (await this.rows(orgId, f, now)).filter((r) => r.overdue && r.dueAt);
    return rows
      .map((r) => ({
        personId: r.personId,
        personName: r.personName,
        department: r.department,
        team: r.team,
        itemType: r.itemType,
        itemId: r.itemId,
        itemTitle: r.itemTitle,
        dueAt: r.dueAt!.toISOString(),
        daysOverdue: Math.floor((now.getTime() - r.dueAt!.getTime()) / DAY),
        status: r.status,
        percent: r.percent,
      }))
      .sort((a, b) => b.daysOverdue - a.daysOverdue || a.personName.localeCompare(b.personName));
  }

  /** Completions of assigned items per period, over the last 12 periods unless a range is given. */
  async trend(orgId: string, q: TrendQuery, now = new Date()): Promise<TrendReportDto> {
    const rows = await this.rows(orgId, { ...q, from: undefined, to: undefined }, now);
    const end = q.to ? new Date(q.to) : now;
    const start = q.from ? new Date(q.from) : shift(periodStart(end, q.interval), q.interval, -11);
    const points: TrendReportDto['points'] = [];
    for (let p = periodStart(start, q.interval); p <= end; p = shift(p, q.interval, 1)) {
      const next = shift(p, q.interval, 1);
      const completed = rows.filter((r) => r.completedAt && r.completedAt >= p && r.completedAt < next).length;
      const cumulative = rows.filter((r) => r.completedAt && r.completedAt < next).length;
      points.push({ periodStart: p.toISOString().slice(0, 10), completed, cumulativeCompleted: cumulative, completionRate: rows.length ? Math.round((100 * cumulative) / rows.length) : 0 });
    }
    return { assigned: rows.length, points };
  }
}

function maxDate(dates: (Date | null)[]): Date | null {
  const real = dates.filter((d): d is Date => !!d);
  return real.length ? new Date(Math.max(...real.map((d) => d.getTime()))) : null;
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
