import type { EntityManager } from 'typeorm';
import type { AssignableItem } from './assignment.entity.js';

/**
 * The people assignment `a` reaches now, as rows of `person_id`: the one definition of live
 * membership, used wherever recipients are counted or listed.
 */
export const RECIPIENTS_OF_A = `
             SELECT p.id AS person_id FROM person p
              WHERE a.target_type = 'person' AND p.id = a.target_id AND p.organization_id = a.organization_id
             UNION ALL
             SELECT p.id FROM person p WHERE a.target_type = 'team' AND p.team_id = a.target_id
             UNION ALL
             SELECT p.id FROM person p WHERE a.target_type = 'department' AND p.department_id = a.target_id
`;

/**
 * The same membership rule from the other side: the live assignments that reach person `p`, as
 * rows of `a` (assignment) columns. Three index lookups on `assignment_target`, so it stays
 * cheap for one person or a few thousand however many assignments the organization has. `$1`
 * is the organization.
 */
export const ASSIGNMENTS_REACHING_P = `
             SELECT a.* FROM assignment a
              WHERE a.organization_id = $1 AND a.revoked_at IS NULL AND a.target_type = 'person' AND a.target_id = p.id
             UNION ALL
             SELECT a.* FROM assignment a
              WHERE a.organization_id = $1 AND a.revoked_at IS NULL AND a.target_type = 'team' AND a.target_id = p.team_id
             UNION ALL
             SELECT a.* FROM assignment a
              WHERE a.organization_id = $1 AND a.revoked_at IS NULL AND a.target_type = 'department' AND a.target_id = p.department_id
`;

/** One person's effective assignment of one item: merged over every assignment that reaches them. */
export interface EffectiveAssignment {
  personId: string;
  itemType: AssignableItem;
  itemId: string;
  /** The earliest due date among the merged assignments (null when none has one). */
  dueAt: Date | null;
  assignmentIds: string[];
  notes: string[];
  assignedBy: string[];
}

/**
 * Who receives which assignment, from current membership (live: joiners get it, leavers do
 * not), merged per person and item with the earliest due date. `$1` is the organization;
 * `extra` adds conditions on `p` (person) or `a` (assignment) with further parameters.
 */
export function effectiveAssignmentsSql(extra = ''): string {
  return `
    SELECT r.person_id AS "personId", a.item_type AS "itemType", a.item_id AS "itemId",
           min(a.due_at) AS "dueAt",
           array_agg(a.id ORDER BY a.created_at) AS "assignmentIds",
           array_remove(array_agg(NULLIF(a.note, '') ORDER BY a.created_at), NULL) AS "notes",
           array_agg(DISTINCT a.assigned_by) AS "assignedBy"
      FROM assignment a
      JOIN LATERAL (${RECIPIENTS_OF_A}) r ON true
      JOIN person p ON p.id = r.person_id
     WHERE a.organization_id = $1 AND a.revoked_at IS NULL ${extra}
     GROUP BY r.person_id, a.item_type, a.item_id`;
}

export async function effectiveAssignments(db: EntityManager, orgId: string, extra = '', params: unknown[] = []): Promise<EffectiveAssignment[]> {
  return db.query(effectiveAssignmentsSql(extra), [orgId, ...params]);
}
