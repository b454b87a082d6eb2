// Shared helpers for unit tests: temp folders and fresh databases.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { openStore, type Db } from '../../src/core/store/open-store';
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

export function record(overrides: Partial<SessionRecord> & { id: string }): SessionRecord {
  return {
    url: `https://kccnceu2024.sched.com/event/${overrides.id}`,
    title: `Session ${overrides.id}`,
    kind: 'talk',
    event: 'KubeCon + CloudNativeCon Europe 2024',
    track: null,
    date: null,
    start: null,
    end: null,
    timeZone: null,
    room: null,
    speakers: [],
    abstract: null,
    sourceItem: null,
    ...overrides,
  };
}
