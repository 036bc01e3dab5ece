/**
 * The statements `ProgressService.refresh` runs, in a file of their own so that the benchmark's
 * baseline server (bench/baseline-server.ts) runs exactly the same SQL.
 */

/**
 * A person's non-practice attempts on a module, in start order, with what `moduleProgress`
 * reads. A draft's percent also needs its version's content: published versions never change,
 * so callers take it from their cache of versions (`MODULE_VERSION_CONTENT_SQL`) rather than
 * reading and parsing it (about 15 KB of JSON) on every autosave. `$1` org, `$2` person, `$3` module.
 */
export const PROGRESS_INPUTS_SQL = `
  SELECT a.kind, a.state, a.answer, coalesce(a.override_score, a.score) AS score, a.submitted_at, a.module_version_id
    FROM attempt a
   WHERE a.organization_id = $1 AND a.person_id = $2 AND a.module_id = $3 AND NOT a.practice
   ORDER BY a.started_at, a.id`;

/** The content of module versions. `$1` version ids. */
export const MODULE_VERSION_CONTENT_SQL = `SELECT id, content FROM module_version WHERE id = ANY($1::uuid[])`;

/**
 * Stores one person's progress on one module and answers `changed`: whether its status or score
 * differs from what was stored (the statement's snapshot still sees the row as it was).
 * `$1` person, `$2` module, `$3` org, `$4` status, `$5` percent, `$6` score, `$7` completed at.
 */
export const STORE_MODULE_PROGRESS_SQL = `
  WITH before AS (SELECT status, score FROM module_progress WHERE person_id = $1 AND module_id = $2)
  INSERT INTO module_progress (person_id, module_id, organization_id, status, percent, score, completed_at, updated_at)
  VALUES ($1, $2, $3, $4, $5, $6, $7, now())
  ON CONFLICT (person_id, module_id) DO UPDATE SET organization_id = EXCLUDED.organization_id, status = EXCLUDED.status,
    percent = EXCLUDED.percent, score = EXCLUDED.score, completed_at = EXCLUDED.completed_at, updated_at = EXCLUDED.updated_at
  RETURNING NOT EXISTS (SELECT 1 FROM before b WHERE b.status = $4 AND b.score IS NOT DISTINCT FROM $6::int) AS changed`;

/** Stored progress of people (`$2`) on modules (`$3`), shaped as the `ModuleProgress` entity. `$1` org. */
export const STORED_PROGRESS_SQL = `
  SELECT person_id AS "personId", module_id AS "moduleId", organization_id AS "organizationId", status, percent, score,
         completed_at AS "completedAt", updated_at AS "updatedAt"
    FROM module_progress
   WHERE organization_id = $1 AND person_id = ANY($2::uuid[]) AND module_id = ANY($3::uuid[])`;
