// Shared helpers for unit tests: temp folders and fresh databases.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import type { Db } from '../../src/core/store/db';
import { openStore } from '../../src/core/store/open-store';
import { blankRecord } from '../../src/core/importers/schedule-record';
import { KubeplanError } from '../../src/shared/errors';
import type { SessionRecord } from '../../src/shared/types';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const FIXTURES = path.join(ROOT, 'test', 'fixtures');
export const BUNDLED_FEED = path.join(ROOT, 'data', 'cnpe-community-contribution.xml');

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()!();
});

export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kubeplan-test-'));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export function tempDb(): { db: Db; file: string } {
  const file = path.join(tempDir(), 'kubeplan.db');
  const db = openStore(file);
  cleanups.unshift(() => db.open && db.close());
  return { db, file };
}

export function record(overrides: Partial<SessionRecord> & { sessionKey: string }): SessionRecord {
  return {
    ...blankRecord(overrides.sessionKey, `Session ${overrides.sessionKey}`),
    url: `https://kccnceu2024.sched.com/event/${overrides.sessionKey}`,
    event: 'KubeCon + CloudNativeCon Europe 2024',
    ...overrides,
  };
}

/** The KubeplanError a call throws; anything else thrown, or nothing, fails the test. */
export function thrown(fn: () => unknown): KubeplanError {
  try {
    fn();
  } catch (error) {
    if (error instanceof KubeplanError) return error;
    throw error;
  }
  throw new Error('expected a KubeplanError');
}
