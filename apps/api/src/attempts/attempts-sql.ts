/**
 * The statements of the learner's hot path (autosave and my progress), in a file of their own
 * so that the benchmark's baseline server (bench/baseline-server.ts) runs exactly the same SQL.
 */

/** Every column of `attempt`, as read by `own` and returned by the autosave's UPDATE. */
export const ATTEMPT_COLUMNS = `id, organization_id, person_id, module_id, module_version_id, kind, state, practice, answer, revision, score, score_details,
  override_score, override_reason, overridden_by, overridden_at, summary, started_at, updated_at, submitted_at`;

/** One of a person's attempts. `$1` attempt, `$2` org, `$3` person. */
export const OWN_ATTEMPT_SQL = `SELECT ${ATTEMPT_COLUMNS} FROM attempt WHERE id = $1 AND organization_id = $2 AND person_id = $3 LIMIT 1`;

/** What the autosave needs of the attempt it saves (not the answer it replaces). `$1` attempt, `$2` org, `$3` person. */
export const SAVE_TARGET_SQL = `SELECT id, organization_id, person_id, module_id, module_version_id, kind, state, practice FROM attempt WHERE id = $1 AND organization_id = $2 AND person_id = $3 LIMIT 1`;

/**
 * The autosave: the new answer if the revision is current and the attempt still a draft, with
 * the row as written. `$1` answer (JSON text), `$2` new revision, `$3` now, `$4` attempt, `$5` revision, `$6` 'draft'.
 */
export const SAVE_ANSWER_SQL = `UPDATE attempt SET answer = $1, revision = $2, updated_at = $3 WHERE id = $4 AND revision = $5 AND state = $6 RETURNING ${ATTEMPT_COLUMNS}`;

/** One learning event (`id` and `at` take their defaults). `$1` org, `$2` actor, `$3` module, `$4` version, `$5` attempt, `$6` verb, `$7` practice, `$8` result (JSON text or null). */
export const RECORD_EVENT_SQL = `INSERT INTO learning_event (organization_id, actor_id, module_id, module_version_id, attempt_id, verb, practice, result) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`;

/** The organization's departments and teams among some ids. `$1` org, `$2` ids. */
export const UNITS_AMONG_SQL = `
  SELECT id, name, 'department' AS kind FROM department WHERE organization_id = $1 AND id = ANY($2::uuid[])
  UNION ALL
  SELECT id, name, 'team' AS kind FROM team WHERE organization_id = $1 AND id = ANY($2::uuid[])`;

/** An attempt's comments, oldest first. `$1` attempt, `$2` org. */
export const COMMENTS_SQL = `SELECT id, author_id, anchor, body, created_at FROM attempt_comment WHERE attempt_id = $1 AND organization_id = $2 ORDER BY created_at ASC`;

/** The organization's published modules in title order. `$1` org. */
export const PUBLISHED_MODULES_SQL = `SELECT id FROM learning_module WHERE organization_id = $1 AND status = 'published' ORDER BY title ASC`;

/** A person's stored progress on some modules. `$1` org, `$2` person, `$3` module ids. */
export const MY_MODULE_PROGRESS_SQL = `SELECT module_id, status, percent, score FROM module_progress WHERE organization_id = $1 AND person_id = $2 AND module_id = ANY($3::uuid[])`;
