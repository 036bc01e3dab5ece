/**
 * The statement every authenticated request runs, in a file of its own so that the benchmark's
 * baseline server (bench/baseline-server.ts) runs exactly the same SQL.
 */

/** A live session by its token's hash, with its person's roles and status. `$1` token hash, `$2` now. */
export const SESSION_BY_TOKEN_SQL = `
  SELECT s.id, s.organization_id, s.person_id, p.roles, p.status
    FROM session s INNER JOIN person p ON p.id = s.person_id
   WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > $2`;
