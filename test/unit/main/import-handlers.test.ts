import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startApp } from '../../../src/main/app-context';
import { createDispatch } from '../../../src/main/dispatch';
import { createHandlers } from '../../../src/main/handlers/index';
import type { ImportPreview } from '../../../src/shared/ipc/import-channels';
import type { ImportChanges, ImportSummary, SessionView } from '../../../src/shared/types';
import { BUNDLED_FEED, tempDir } from '../helpers';
import { readSchedule } from '../core/importers/schedule-helpers';

function backend() {
  const app = startApp({
    databasePath: path.join(tempDir(), 'kubeplan.db'),
    bundledFeedFile: BUNDLED_FEED,
    openExternal: async () => true,
  });
  return createDispatch(createHandlers(app));
}

async function value<T>(promise: Promise<{ ok: boolean }>): Promise<T> {
  const result = (await promise) as { ok: true; value: T } | { ok: false; error: unknown };
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

describe('import over IPC (the text of a dropped file, no paths)', () => {
  it('previews without writing, confirms, and serves the Changes view', async () => {
    const dispatch = backend();
    const before = await value<SessionView[]>(dispatch('catalogue:list', undefined));
    const text = readSchedule('c3voc-schedule-json-frab-camp2019.json');
    const preview = await value<ImportPreview>(dispatch('import:preview', { name: 'camp.json', text }));
    expect(preview).toMatchObject({
      fileName: 'camp.json',
      format: 'frab-json',
      event: 'Chaos Communication Camp 2019',
      columns: null,
    });
    expect(preview.counts).toEqual({ new: 79, changed: 0, removed: 0, unchanged: 0, skipped: 0 });
    expect(await value<SessionView[]>(dispatch('catalogue:list', undefined))).toHaveLength(before.length);

    const summary = await value<ImportSummary>(dispatch('import:confirm', { name: 'camp.json', text }));
    expect(summary.counts.new).toBe(79);
    const after = await value<SessionView[]>(dispatch('catalogue:list', undefined));
    expect(after.length).toBe(before.length + 78); // one entry is an "other" (logistics) hidden from the catalogue
    expect(await value<SessionView[]>(dispatch('catalogue:list', { includeNonSessions: true }))).toHaveLength(
      before.length + 79,
    );
    const changes = await value<ImportChanges>(dispatch('import:changes', undefined));
    expect(changes.counts.new).toBe(79);
    expect(changes.entries).toHaveLength(79);
  });

  it('returns CSV headers for the column picker and rejects oversize or malformed requests', async () => {
    const dispatch = backend();
    const preview = await value<ImportPreview>(
      dispatch('import:preview', { name: 'a.csv', text: 'Talk,When\nHi,2026-01-01 10:00\n' }),
    );
    expect(preview.columns).toEqual({ headers: ['Talk', 'When'], fields: { title: 'Talk' } });
    const bad = await dispatch('import:preview', { name: 'a.csv', text: 'x', map: { colour: 'When' } });
    expect(bad.ok).toBe(false);
    const unknown = await dispatch('import:preview', { name: 'notes.txt', text: 'plain words' });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'parse-error', where: 'notes.txt' } });
  });
});
