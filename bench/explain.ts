/**
 * `npx tsx --conditions=source bench/explain.ts [--database-url URL]`: EXPLAIN (ANALYZE, BUFFERS)
 * of the hot queries (the HR completion report and the learner's hot path), for docs/performance.md.
 */
import pg from 'pg';
import { EFFECTIVE_FOR_PEOPLE_SQL } from '../apps/api/src/progress/assignment-progress.service.js';
import { PROGRESS_INPUTS_SQL } from '../apps/api/src/progress/progress-sql.js';
import { MY_MODULE_PROGRESS_SQL, PUBLISHED_MODULES_SQL, SAVE_TARGET_SQL } from '../apps/api/src/attempts/attempts-sql.js';
import { completionSql } from '../apps/api/src/reports/report-sql.js';
import { parseArgs } from './lib/args.js';

const args = parseArgs();
const c = new pg.Client({ connectionString: args.databaseUrl });
await c.connect();
const [{ id: orgId }] = (await c.query('SELECT id FROM organization ORDER BY created_at LIMIT 1')).rows;
const only = args.extra.get('only');
const explain = async (title: string, sql: string, params: unknown[]) => {
  const plan = await c.query(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${sql}`, params);
  console.log(`\n### ${title}\n\n\`\`\`\n${plan.rows.map((r) => r['QUERY PLAN']).join('\n')}\n\`\`\``);
};
if (!only || only === 'report') {
  const { sql, params } = completionSql(orgId, { groupBy: 'department', format: 'json' }, new Date());
  await c.query(sql, params);
  await explain('HR completion report by department (completionSql)', sql, params);
  const [p] = (await c.query(`SELECT id FROM person WHERE organization_id = $1 ORDER BY md5(id::text) LIMIT 1`, [orgId])).rows;
  await explain(
    "A person's effective assignments when their status changes (AssignmentProgressService.compute)",
    EFFECTIVE_FOR_PEOPLE_SQL,
    [orgId, [p.id]],
  );
}
if (!only || only === 'hot') {
  const [a] = (await c.query(`SELECT id, person_id, module_id FROM attempt WHERE organization_id = $1 AND state = 'draft' AND NOT practice LIMIT 1`, [orgId])).rows;
  await explain(
    'Autosave: progress refresh (ProgressService.refresh)',
    PROGRESS_INPUTS_SQL,
    [orgId, a.person_id, a.module_id],
  );
  await explain('Autosave: the attempt it saves (SAVE_TARGET_SQL)', SAVE_TARGET_SQL, [a.id, orgId, a.person_id]);
  const published = (await c.query(PUBLISHED_MODULES_SQL, [orgId])).rows.map((r) => r.id as string);
  await explain('My progress: the published modules (PUBLISHED_MODULES_SQL)', PUBLISHED_MODULES_SQL, [orgId]);
  await explain('My progress: stored module progress (MY_MODULE_PROGRESS_SQL)', MY_MODULE_PROGRESS_SQL, [orgId, a.person_id, published]);
}
await c.end();
