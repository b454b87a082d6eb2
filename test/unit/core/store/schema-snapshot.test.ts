// The whole schema after every migration, compared to the checked-in snapshot: a migration that
// changes more (or less) than its author meant shows up here as a diff to review.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../src/core/store/migrate';
import { migrations } from '../../../../src/core/store/migrations/index';
import { FIXTURES } from '../../helpers';
import { schemaText } from './schema-text';

const SNAPSHOT = path.join(FIXTURES, 'schema', 'schema.sql');

describe('the schema after all migrations', () => {
  it('is the checked-in snapshot (KUBEPLAN_UPDATE_SCHEMA=1 rewrites it after a new migration)', () => {
    const db = new Database(':memory:');
    migrate(db, migrations, ':memory:');
    const text = schemaText(db);
    if (process.env['KUBEPLAN_UPDATE_SCHEMA'] === '1') fs.writeFileSync(SNAPSHOT, text);
    expect(text).toBe(fs.readFileSync(SNAPSHOT, 'utf8'));
    expect(db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get()).toEqual({
      v: migrations[migrations.length - 1]!.version,
    });
  });
});
