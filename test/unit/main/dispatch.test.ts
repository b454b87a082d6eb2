import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startAppContext } from '../../../src/main/app-context';
import { createDispatch } from '../../../src/main/dispatch';
import { createHandlers } from '../../../src/main/handlers/index';
import { contract } from '../../../src/shared/ipc/contract';
import { BUNDLED_FEED, tempDir } from '../helpers';

function backend() {
  const ctx = startAppContext({
    databasePath: path.join(tempDir(), 'kubeplan.db'),
    bundledFeedFile: BUNDLED_FEED,
    openExternal: async () => true,
  });
  return { ctx, dispatch: createDispatch(createHandlers(ctx)) };
}

describe('IPC dispatch', () => {
  it('answers a valid call with the handler result', async () => {
    const { dispatch } = backend();
    const result = await dispatch('sessions:list', undefined);
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
      const result = await dispatch(spec.channel, { notAField: 1, id: 42, url: 7 });
      expect(result.ok, spec.channel).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('invalid-argument');
        expect(result.error.message.startsWith(`${spec.channel}:`)).toBe(true);
      }
    }
  });

  it('reports a missing session as not-found', async () => {
    const { dispatch } = backend();
    const result = await dispatch('sessions:get', { id: 'nope' });
    expect(result).toEqual({ ok: false, error: { code: 'not-found', message: 'no session with id nope' } });
  });
});

describe('start-up', () => {
  it('imports the bundled feed into an empty database, once', () => {
    const file = path.join(tempDir(), 'kubeplan.db');
    const first = startAppContext({ databasePath: file, bundledFeedFile: BUNDLED_FEED, openExternal: async () => true });
    expect(first.startupProblems).toEqual([]);
    const count = first.db!.prepare('SELECT COUNT(*) AS n FROM sessions').get();
    first.db!.close();
    const second = startAppContext({ databasePath: file, bundledFeedFile: BUNDLED_FEED, openExternal: async () => true });
    expect(second.db!.prepare('SELECT COUNT(*) AS n FROM imports').get()).toEqual({ n: 1 });
    expect(second.db!.prepare('SELECT COUNT(*) AS n FROM sessions').get()).toEqual(count);
    second.db!.close();
  });

  it('reports an unreadable bundled feed by file name and keeps going', () => {
    const missing = path.join(tempDir(), 'missing.xml');
    const ctx = startAppContext({
      databasePath: path.join(tempDir(), 'kubeplan.db'),
      bundledFeedFile: missing,
      openExternal: async () => true,
    });
    expect(ctx.db).not.toBeNull();
    expect(ctx.startupProblems).toEqual([{ code: 'io-error', message: `${missing}: file not found`, where: missing }]);
  });
});
