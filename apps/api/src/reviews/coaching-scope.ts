import { effectiveAssignmentsSql } from '../assignments/recipients.js';

/**
 * SQL condition: attempt `a` belongs to someone coach `$2` coaches: a member of a team they
 * coach, or on work they assigned to that person (a module, or a module of a course). Never
 * practice, never drafts, never the coach's own. `$1` is the organization.
 */
export const COACHED_ATTEMPT_SQL = `
  a.organization_id = $1 AND NOT a.practice AND a.state <> 'draft' AND a.person_id <> $2 AND (
    EXISTS (SELECT 1 FROM person tp JOIN team_coach tc ON tc.team_id = tp.team_id AND tc.person_id = $2 WHERE tp.id = a.person_id)
    OR EXISTS (
      SELECT 1 FROM (${effectiveAssignmentsSql('AND a.assigned_by = $2')}) e
        LEFT JOIN course c ON e."itemType" = 'course' AND c.id = e."itemId"
       WHERE e."personId" = a.person_id
         AND a.module_id = ANY(CASE WHEN e."itemType" = 'module' THEN ARRAY[e."itemId"] ELSE c.module_ids END)))`;

/** SQL condition: person `$3` is coached by `$2`: a member of a team they coach, or someone they assigned work to. */
export const COACHED_PERSON_SQL = `
  EXISTS (SELECT 1 FROM person tp JOIN team_coach tc ON tc.team_id = tp.team_id AND tc.person_id = $2 WHERE tp.id = $3 AND tp.organization_id = $1)
  OR EXISTS (SELECT 1 FROM (${effectiveAssignmentsSql('AND a.assigned_by = $2')}) e WHERE e."personId" = $3)`;
