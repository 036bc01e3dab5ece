import type { Pool, QueryResultRow } from 'pg';
import type { DataSource } from 'typeorm';

/**
 * A read outside a transaction, straight on the `pg` pool the data source holds. For statements
 * on every request: `DataSource.query` makes, connects and releases a query runner each time.
 * Rows are as `pg` returns them (snake_case columns, no entities).
 */
export async function readRows<Row>(db: DataSource, sql: string, params: unknown[]): Promise<Row[]> {
  const pool = (db.driver as unknown as { master: Pool }).master;
  return (await pool.query<Row & QueryResultRow>(sql, params)).rows;
}
