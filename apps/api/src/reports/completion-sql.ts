import type { CompletionQuery, ReportFilterQuery } from './dto/reports.dto.js';

const DAY = 86_400_000;

/**
 * The completion report as one SQL statement over `assignment_progress`, where each person's
 * effective assignments and their status are kept up to date as their inputs change (see
 * `AssignmentProgressService`). It counts person-items per report group, status and whether the
 * due date has passed; the service then asks `isOverdue` from `#module-kinds` once per such
 * class. Parameters: `$1` organization, `$2` now; filters add more. Columns: key, label, status,
 * past_due, n.
 */
export function completionSql(orgId: string, q: ReportFilterQuery & { groupBy: CompletionQuery['groupBy'] }, now: Date): { sql: string; params: unknown[] } {
  const params: unknown[] = [orgId, now];
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
             WHERE ${where.join(' AND ')}
             GROUP BY 1, 2, 3) c
      ${group.join}`;
  return { sql, params };
}
