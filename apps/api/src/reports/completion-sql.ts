import type { CompletionQuery, ReportFilterQuery } from './dto/reports.dto.js';

const DAY = 86_400_000;

/**
 * The completion report as one SQL statement that does the heavy part in PostgreSQL: it expands
 * assignments to people (live membership, merged per person and item with the earliest due
 * date, exactly as `effectiveAssignmentsSql` does), reads each person's stored module progress
 * (`module_progress`, written by the one progress function) and counts, per report group, how
 * many person-items share the same inputs to the progress rules: for a course, how many of its
 * modules are completed, completed below the rule's minimum score, or in progress; and whether
 * the due date has passed. The service then asks `courseProgress` / `isOverdue` from
 * `#module-kinds` once per such class, so status and overdue still come from the one progress
 * function, while PostgreSQL returns a few hundred rows instead of one per person and item.
 *
 * To count a person's modules inside an item without joining every person-item to every module
 * row, each person's stored progress is first folded into bit masks over the organization's
 * modules (completed, in progress, and completed below each minimum score the courses use); an
 * item is a mask too, and the counts are `bit_count(person mask & item mask)`.
 *
 * `minScores` are the distinct minimum scores of the organization's course rules (one mask
 * each). Parameters: `$1` organization, `$2` now; filters add more. Columns: key, label,
 * item_type, item_id, completion_rule, total, completed, below, started, past_due, n.
 */
export function completionSql(
  orgId: string,
  q: ReportFilterQuery & { groupBy: CompletionQuery['groupBy'] },
  now: Date,
  minScores: readonly number[],
): { sql: string; params: unknown[] } {
  const params: unknown[] = [orgId, now];
  const personFilter: string[] = [];
  const itemFilter: string[] = [];
  if (q.departmentId) {
    params.push(q.departmentId);
    personFilter.push(`AND p.department_id = $${params.length}`);
  }
  if (q.itemId) {
    params.push(q.itemId);
    itemFilter.push(`AND a.item_id = $${params.length}`);
  }
  const having: string[] = [];
  if (q.from || q.to) having.push('min(due_at) IS NOT NULL');
  if (q.from) {
    params.push(new Date(q.from));
    having.push(`min(due_at) >= $${params.length}`);
  }
  if (q.to) {
    params.push(new Date(new Date(q.to).getTime() + DAY - 1));
    having.push(`min(due_at) <= $${params.length}`);
  }
  const where = `a.organization_id = $1 AND a.revoked_at IS NULL ${itemFilter.join(' ')} ${personFilter.join(' ')}`;
  const group = {
    department: { key: 'e.department_id', label: `coalesce(d.name, 'No department')`, join: 'LEFT JOIN department d ON d.id = c.key' },
    team: { key: 'e.team_id', label: `coalesce(t.name, 'No team')`, join: 'LEFT JOIN team t ON t.id = c.key' },
    course: { key: 'e.item_id', label: `coalesce(co.title, lm.title)`, join: 'LEFT JOIN course co ON co.id = c.key LEFT JOIN learning_module lm ON lm.id = c.key' },
    person: { key: 'e.person_id', label: 'pe.name', join: 'LEFT JOIN person pe ON pe.id = c.key' },
  }[q.groupBy];
  const scores = [...new Set(minScores.filter((s) => Number.isInteger(s)))].sort((a, b) => a - b);
  const belowMasks = scores.map((s, i) => `, bit_or(CASE WHEN mp.status = 'completed' AND coalesce(mp.score, -1) < ${s} THEN md.bit ELSE md.zero END) AS below_${i}`).join('');
  const belowCount = scores.length
    ? `CASE i.min_score ${scores.map((s, i) => `WHEN ${s} THEN bit_count(coalesce(m.below_${i}, i.zero) & i.mask)`).join(' ')} ELSE 0 END`
    : '0';

  const sql = `
    WITH mods AS (
      SELECT id, (row_number() OVER (ORDER BY id) - 1)::int AS idx, count(*) OVER () AS n
        FROM learning_module WHERE organization_id = $1
    ), md AS (
      SELECT id, set_bit(repeat('0', n::int)::varbit, idx, 1) AS bit, repeat('0', n::int)::varbit AS zero FROM mods
    ), masks AS (
      SELECT mp.person_id,
             bit_or(CASE WHEN mp.status = 'completed' THEN md.bit ELSE md.zero END) AS done,
             bit_or(CASE WHEN mp.status = 'in_progress' THEN md.bit ELSE md.zero END) AS started
             ${belowMasks}
        FROM module_progress mp JOIN md ON md.id = mp.module_id
       WHERE mp.organization_id = $1
       GROUP BY mp.person_id
    ), items AS (
      SELECT c.id, 'course' AS item_type, cardinality(c.module_ids) AS total, (c.completion_rule->>'minScore')::int AS min_score,
             (SELECT bit_or(md.bit) FROM md WHERE md.id = ANY(c.module_ids)) AS mask,
             (SELECT md.zero FROM md LIMIT 1) AS zero
        FROM course c WHERE c.organization_id = $1 AND c.status <> 'archived'
      UNION ALL
      SELECT m.id, 'module', 1, NULL, md.bit, md.zero
        FROM learning_module m JOIN md ON md.id = m.id WHERE m.organization_id = $1 AND m.status = 'published'
    ), reach AS (
      SELECT p.id AS person_id, p.department_id, p.team_id, a.item_type, a.item_id, a.due_at
        FROM assignment a JOIN person p ON p.department_id = a.target_id
       WHERE a.target_type = 'department' AND ${where}
      UNION ALL
      SELECT p.id, p.department_id, p.team_id, a.item_type, a.item_id, a.due_at
        FROM assignment a JOIN person p ON p.team_id = a.target_id
       WHERE a.target_type = 'team' AND ${where}
      UNION ALL
      SELECT p.id, p.department_id, p.team_id, a.item_type, a.item_id, a.due_at
        FROM assignment a JOIN person p ON p.id = a.target_id AND p.organization_id = a.organization_id
       WHERE a.target_type = 'person' AND ${where}
    ), eff AS (
      SELECT person_id, department_id, team_id, item_type, item_id, min(due_at) AS due_at
        FROM reach
       GROUP BY person_id, department_id, team_id, item_type, item_id
       ${having.length ? `HAVING ${having.join(' AND ')}` : ''}
    ), person_items AS (
      SELECT e.person_id, e.department_id, e.team_id, e.item_type, e.item_id, e.due_at, i.total,
             coalesce(bit_count(coalesce(m.done, i.zero) & i.mask), 0) AS completed,
             coalesce(${belowCount}, 0) AS below,
             coalesce(bit_count(coalesce(m.started, i.zero) & i.mask), 0) AS started
        FROM eff e
        JOIN items i ON i.id = e.item_id AND i.item_type = e.item_type
        LEFT JOIN masks m ON m.person_id = e.person_id
    ), classes AS (
      SELECT ${group.key} AS key, e.item_type, e.item_id, e.total, e.completed, e.below, e.started,
             coalesce(e.due_at < $2, false) AS past_due, count(*) AS n
        FROM person_items e
       GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
    )
    SELECT coalesce(c.key::text, 'none') AS key, ${group.label} AS label, c.item_type, c.item_id,
           (SELECT completion_rule FROM course WHERE id = c.item_id) AS completion_rule,
           c.total::int, c.completed::int, c.below::int, c.started::int, c.past_due, c.n::int
      FROM classes c ${group.join}`;
  return { sql, params };
}

/** The distinct minimum scores of an organization's course rules, for `completionSql`. */
export const MIN_SCORES_SQL = `SELECT DISTINCT (completion_rule->>'minScore')::int AS s FROM course WHERE organization_id = $1 AND completion_rule ? 'minScore'`;
