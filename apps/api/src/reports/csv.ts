import type { Response } from 'express';
import { stringify } from 'csv-stringify/sync';

/** Sends rows as a CSV download; the columns are the JSON fields, in order. */
export function sendCsv(res: Response, filename: string, rows: object[], columns: string[]): void {
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
  res.send(stringify(rows as Record<string, unknown>[], { header: true, columns }));
}
