import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startApp } from '../../../src/main/app-context';
import { createDispatch } from '../../../src/main/dispatch';
import { createHandlers, type HandlerTable } from '../../../src/main/handlers/index';
import { contract, type MethodName } from '../../../src/shared/ipc/contract';
import { BUNDLED_FEED, tempDir } from '../helpers';

function backend() {
  const app = startApp({
    databasePath: path.join(tempDir(), 'kubeplan.db'),
    bundledFeedFile: BUNDLED_FEED,
    openExternal: async () => true,
  });
  return { app, dispatch: createDispatch(createHandlers(app)) };
}

describe('IPC dispatch', () => {
  it('answers a valid call with the handler result', async () => {
    const { dispatch } = backend();
    const result = await dispatch('catalogue:list', undefined);
    expect(result.ok).toBe(true);
    expect((result as { value: unknown[] }).value.length).toBeGreaterThan(20);
  });

  it('rejects unknown channels with a typed error', async () => {
    const { dispatch } = backend();
    expect(await dispatch('fs:read', { path: '/etc/passwd' })).toEqual({
      ok: false,
      error: { code: 'invalid-argument', message: 'unknown channel fs:read' },
    });
  });

  it('rejects bad arguments on every channel with a typed error naming the channel', async () => {
    const { dispatch } = backend();
    for (const spec of Object.values(contract)) {
      const result = await dispatch(spec.channel, { notAField: 1, id: 42, sessionKey: 42, url: 7 });
      expect(result.ok, spec.channel).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('invalid-argument');
        expect(result.error.message.startsWith(`${spec.channel}:`)).toBe(true);
      }
    }
  });

  it('reports a missing session as not-found', async () => {
    const { dispatch } = backend();
    const result = await dispatch('catalogue:get', { sessionKey: 'nope' });
    expect(result).toEqual({ ok: false, error: { code: 'not-found', message: 'no session with key nope' } });
  });
});

describe('start-up', () => {
  it('imports the bundled feed into an empty database, once', () => {
    const file = path.join(tempDir(), 'kubeplan.db');
    const first = startApp({
      databasePath: file,
      bundledFeedFile: BUNDLED_FEED,
      openExternal: async () => true,
    });
    expect(first.current().startupProblems).toEqual([]);
    const count = first.current().db!.prepare('SELECT COUNT(*) AS n FROM sessions').get();
    first.current().db!.close();
    const second = startApp({
      databasePath: file,
      bundledFeedFile: BUNDLED_FEED,
      openExternal: async () => true,
    });
    expect(second.current().db!.prepare('SELECT COUNT(*) AS n FROM imports').get()).toEqual({ n: 1 });
    expect(second.current().db!.prepare('SELECT COUNT(*) AS n FROM sessions').get()).toEqual(count);
    second.current().db!.close();
  });

  it('reports an unreadable bundled feed by file name and keeps going', () => {
    const missing = path.join(tempDir(), 'missing.xml');
    const app = startApp({
      databasePath: path.join(tempDir(), 'kubeplan.db'),
      bundledFeedFile: missing,
      openExternal: async () => true,
    });
    expect(app.current().db).not.toBeNull();
    expect(app.current().startupProblems).toEqual([
      { code: 'io-error', message: `${missing}: file not found`, where: missing },
    ]);
  });
});

/** One valid argument per channel: every bad variant below is this with one thing wrong. */
const VALID: Record<MethodName, unknown> = {
  getStatus: undefined,
  openExternal: { url: 'https://kubecon.io/' },
  readOpenedFile: { token: '0b6a4a3e-5f5e-4c39-9a57-8a0d3c1f2e11' },
  restoreBackup: { file: '/tmp/kubeplan-backup.db' },
  listSessions: { includeRemoved: false, includeNonSessions: true },
  listSessionsPage: { offset: 0, limit: 60 },
  getSession: { sessionKey: 'abc' },
  setStar: { sessionKey: 'abc', status: 'going' },
  setNote: { sessionKey: 'abc', note: 'bring laptop' },
  getAgendaPlan: undefined,
  getNowNext: undefined,
  getSettings: undefined,
  setSettings: { reminderMinutes: 10 },
  exportIcs: { scope: { kind: 'event', event: 'KubeCon' }, format: 'schedule-json' },
  saveIcs: { scope: { kind: 'session', sessionKey: 'abc' }, format: 'csv' },
  previewIcsImport: { text: 'BEGIN:VCALENDAR', name: 'a.ics' },
  applyIcsImport: { text: 'BEGIN:VCALENDAR', name: 'a.ics', mode: 'valid-only' },
  getSessionProvenance: { sessionKey: 'abc' },
  previewImport: { name: 'a.csv', text: 'a,b' },
  confirmImport: { name: 'a.csv', text: 'a,b', skipBad: true },
  getChanges: { importId: 1 },
  planUndo: { importId: 1 },
  undoImport: { importId: 1 },
  listSources: undefined,
  addSource: { url: 'https://example.org/all.ics' },
  chooseSourceFile: undefined,
  refreshSource: { id: 1, allowRemovals: true },
  refreshAllSources: undefined,
  removeSource: { id: 1 },
  similarSessions: { sessionKey: 'abc', limit: 8 },
  forYou: { limit: 20 },
  proposePlan: { hallMinutes: 5, fill: true },
  applyPlan: { drop: ['abc'], add: ['def'] },
  undoPlan: undefined,
  setPinned: { sessionKey: 'abc', pinned: true },
  listPinned: undefined,
  getHallMinutes: undefined,
  setHallMinutes: { minutes: 5 },
  listTeam: undefined,
  addTeamMember: { name: 'Ana', text: 'BEGIN:VCALENDAR', fileName: 'ana.ics' },
  removeTeamMember: { name: 'Ana' },
  restoreTeamMember: { name: 'Ana', entries: [{ sessionKey: 'abc', status: 'going', note: null }] },
  getTeamOverlay: undefined,
  getTeamCoverage: { tracks: ['Security'] },
  getMeetSlots: { minMinutes: 30 },
  exportForColleague: { shareNotes: 'none', includeMaybe: true },
  saveForColleague: { shareNotes: 'all' },
  listRecordings: undefined,
  importRecordings: { name: 'feed.xml', text: '<feed/>' },
  listMissed: undefined,
};

/** Fields that carry a whole document (a dropped file's text) and may legitimately be megabytes long. */
const DOCUMENT_FIELDS = new Set(['text']);
const ONE_MB = 'a'.repeat(1024 * 1024);

function wrongType(value: unknown): unknown {
  if (typeof value === 'string') return 42;
  if (typeof value === 'number') return 'forty-two';
  if (typeof value === 'boolean') return 'yes';
  if (value === null) return { not: 'null' };
  return 'not an object';
}

/** The bad variants of one channel's valid argument, each with a label for the failure message. */
function badVariants(sample: unknown): { kind: string; label: string; input: unknown }[] {
  const variants: { kind: string; label: string; input: unknown }[] = [];
  if (sample === undefined) {
    variants.push({ kind: 'wrong type', label: 'number', input: 42 });
    variants.push({ kind: 'wrong type', label: 'array', input: [] });
    variants.push({ kind: 'oversized string', label: 'argument', input: ONE_MB });
    variants.push({ kind: 'extra fields', label: 'object', input: { extra: 1 } });
  } else {
    const fields = sample as Record<string, unknown>;
    variants.push({ kind: 'wrong type', label: 'argument', input: 'not an object' });
    for (const [key, value] of Object.entries(fields)) {
      variants.push({ kind: 'wrong type', label: key, input: { ...fields, [key]: wrongType(value) } });
      if (!DOCUMENT_FIELDS.has(key))
        variants.push({ kind: 'oversized string', label: key, input: { ...fields, [key]: ONE_MB } });
    }
    variants.push({ kind: 'extra fields', label: 'extra', input: { ...fields, extra: 'x' } });
  }
  const base = (sample ?? {}) as Record<string, unknown>;
  // JSON.parse makes "__proto__" an own key, exactly as a structured-clone over IPC would.
  for (const key of ['__proto__', 'constructor', 'prototype']) {
    const polluted = JSON.parse(JSON.stringify(base)) as Record<string, unknown>;
    Object.assign(polluted, JSON.parse(`{"${key}": {"polluted": true, "isAdmin": true}}`));
    variants.push({ kind: 'prototype pollution', label: key, input: polluted });
  }
  return variants;
}

describe('IPC dispatch against hostile arguments', () => {
  it('every channel refuses wrong types, 1 MB strings, extra fields and prototype keys, and no handler runs', async () => {
    const app = startApp({
      databasePath: path.join(tempDir(), 'kubeplan.db'),
      bundledFeedFile: BUNDLED_FEED,
      openExternal: async () => true,
    });
    const calls: string[] = [];
    const handlers = createHandlers(app);
    const spied = Object.fromEntries(
      Object.entries(handlers).map(([name, fn]) => [
        name,
        (input: unknown) => (calls.push(name), (fn as (i: unknown) => unknown)(input)),
      ]),
    ) as unknown as HandlerTable;
    const dispatch = createDispatch(spied);
    const kinds = new Map<string, number>();
    let total = 0;
    for (const name of Object.keys(contract) as MethodName[]) {
      const spec = contract[name];
      // The sample really is valid, so each variant fails for its one defect.
      expect(spec.input.safeParse(VALID[name]).success, `${spec.channel} sample`).toBe(true);
      for (const variant of badVariants(VALID[name])) {
        const result = await dispatch(spec.channel, variant.input);
        const what = `${spec.channel} ${variant.kind} (${variant.label})`;
        expect(result.ok, what).toBe(false);
        if (!result.ok) {
          expect(result.error.code, what).toBe('invalid-argument');
          expect(result.error.message.startsWith(`${spec.channel}:`), what).toBe(true);
          // The message names the problem without echoing a megabyte back.
          expect(result.error.message.length, what).toBeLessThan(500);
        }
        kinds.set(variant.kind, (kinds.get(variant.kind) ?? 0) + 1);
        total += 1;
      }
    }
    expect(calls).toEqual([]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.fromEntries(kinds)).toEqual({
      'wrong type': 122,
      'oversized string': 66,
      'extra fields': 50,
      'prototype pollution': 150,
    });
    expect(Object.keys(contract)).toHaveLength(50);
    expect(total).toBe(388);
    app.current().db?.close();
  });
});
