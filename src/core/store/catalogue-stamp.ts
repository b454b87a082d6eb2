// A cheap fingerprint of the catalogue (not the stars), so a derived index is rebuilt only when they change.
import type { Db } from './db';

export function catalogueStamp(db: Db): string {
  const row = db
    .prepare<[], { n: number; latest: string | null }>('SELECT COUNT(*) AS n, MAX(updated_at) AS latest FROM sessions')
    .get()!;
  return `${row.n}|${row.latest ?? ''}`;
}
