import type { CompletionQuery, ReportFilterQuery } from './dto/reports.dto.js';

const DAY = 86_400_000;

/**
 * HR's reports as SQL over `assignment_progress`, where each person's effective assignments,
 * their status and completion date are kept up to date as their inputs change (see
 * `AssignmentProgressService`). Every statement takes `$1` organization and `$2` now; the
 * filters add more parameters.
 */

/** The report filters as conditions on `ap` (assignment_progress), appending their parameters. */
function filters(q: ReportFilterQuery, params: unknown[]): string {
  const where: string[] = ['ap.organization_id = $1'];
  if (q.departmentId) {
    params.push(q.departmentId);
    where.push(`ap.department_id = $${params.length}`);
  }
  if (q.itemId) {
    params.push(q.itemId);
    where.push(`ap.item_id = $${params.length}`);
  }
  if (q.from) {
    params.push(new Date(q.from));
    where.push(`ap.due_at >= $${params.length}`);
  }
  if (q.to) {
    params.push(new Date(new Date(q.to).getTime() + DAY - 1));
    where.push(`ap.due_at <= $${params.length}`);
  }
  return where.join(' AND ');
}

/**
 * Person-items counted per report group, status and whether the due date has passed; the
 * service asks `isOverdue` from `#module-kinds` once per such class. Columns: key, label,
 * status, past_due, n.
 */
export function completionSql(orgId: string, q: ReportFilterQuery & { groupBy: CompletionQuery['groupBy'] }, now: Date): { sql: string; params: unknown[] } {
  const params: unknown[] = [orgId, now];
  const where = filters(q, params);
  const group = {
    department: { key: 'ap.department_id', label: `coalesce(d.name, 'No department')`, join: 'LEFT JOIN department d ON d.id = c.key' },
    team: { key: 'ap.team_id', label: `coalesce(t.name, 'No team')`, join: 'LEFT JOIN team t ON t.id = c.key' },
    course: { key: 'ap.item_id', label: `coalesce(co.title, lm.title)`, join: 'LEFT JOIN course co ON co.id = c.key LEFT JOIN learning_module lm ON lm.id = c.key' },
    person: { key: 'ap.person_id', label: 'pe.name', join: 'LEFT JOIN person pe ON pe.id = c.key' },
  }[q.groupBy];
  const sql = `
    SELECT coalesce(c.key::text, 'none') AS key, ${group.label} AS label, c.status, c.past_due, c.n::int
      FROM (SELECT ${group.key} AS key, ap.status, coalesce(ap.due_at < $2, false) AS past_due, count(*) AS n
              FROM assignment_progress ap
             WHERE ${where}
             GROUP BY 1, 2, 3) c
      ${group.join}`;
  return { sql, params };
}

/**
 * The person-items not completed whose due date has passed, with the names HR reads and what
 * the percent needs (a course's modules). Columns: person_id, person_name, department, team,
 * item_type, item_id, item_title, module_ids, completion_rule, due_at, status.
 */
export function overdueSql(orgId: string, q: ReportFilterQuery, now: Date): { sql: string; params: unknown[] } {
  const params: unknown[] = [orgId, now];
  const where = filters(q, params);
  const sql = `
    SELECT ap.person_id, pe.name AS person_name, d.name AS department, t.name AS team, ap.item_type, ap.item_id,
           coalesce(co.title, lm.title) AS item_title, co.module_ids, co.completion_rule, ap.due_at, ap.status
      FROM assignment_progress ap
      JOIN person pe ON pe.id = ap.person_id
      LEFT JOIN department d ON d.id = ap.department_id
      LEFT JOIN team t ON t.id = ap.team_id
      LEFT JOIN course co ON ap.item_type = 'course' AND co.id = ap.item_id
      LEFT JOIN learning_module lm ON ap.item_type = 'module' AND lm.id = ap.item_id
     WHERE ${where} AND ap.status <> 'completed' AND ap.due_at < $2`;
  return { sql, params };
}

/**
 * How many person-items there are, and how many were completed on each day (UTC), for the
 * trend. Columns: assigned, day (YYYY-MM-DD or null for the total row), n.
 */
export function trendSql(orgId: string, q: ReportFilterQuery, now: Date): { sql: string; params: unknown[] } {
  const params: unknown[] = [orgId, now];
  const where = filters(q, params);
  const sql = `
    SELECT to_char(ap.completed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day, count(*)::int AS n
      FROM assignment_progress ap
     WHERE ${where} AND ap.completed_at <= $2
     GROUP BY 1
    UNION ALL
    SELECT NULL, count(*)::int FROM assignment_progress ap WHERE ${where}`;
  return { sql, params };
}
