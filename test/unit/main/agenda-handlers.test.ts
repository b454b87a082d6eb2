import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startApp } from '../../../src/main/app-context';
import { createDispatch } from '../../../src/main/dispatch';
import { createHandlers } from '../../../src/main/handlers/index';
import { IDS, seedAgendaDb } from '../../support/agenda-db';
import { BUNDLED_FEED, tempDir } from '../helpers';

function backend() {
  const dir = tempDir();
  // What the save dialog answers; each test sets it.
  type Answer = (suggestedName: string, filter: { name: string; extensions: string[] }) => Promise<string | null>;
  const dialog: { answer: Answer } = { answer: async () => null };
  const app = startApp({
    databasePath: path.join(dir, 'kubeplan.db'),
    bundledFeedFile: BUNDLED_FEED,
    openExternal: async () => true,
    now: () => new Date('2026-03-24T10:20:00Z'),
    chooseSavePath: (suggestedName, filter) => dialog.answer(suggestedName, filter),
  });
  seedAgendaDb(app.current().db!);
  return { app, dir, dialog, dispatch: createDispatch(createHandlers(app)) };
}

describe('agenda channels', () => {
  it('stars through IPC and returns the plan with its conflict and now/next at the injected time', async () => {
    const { dispatch } = backend();
    expect(await dispatch('agenda:set-star', { sessionKey: IDS.leastPrivilege, status: 'going' })).toMatchObject({
      ok: true,
    });
    await dispatch('agenda:set-star', { sessionKey: IDS.agentKeys, status: 'maybe' });
    const plan = await dispatch('agenda:plan', undefined);
    expect(plan).toMatchObject({ ok: true, value: { conflictCount: 1, total: 2 } });
    const nowNext = (await dispatch('agenda:now-next', undefined)) as {
      ok: true;
      value: { starredNow: { sessionKey: string }[]; at: string };
    };
    expect(nowNext.value.at).toBe('2026-03-24T10:20:00.000Z');
    expect(nowNext.value.starredNow.map((s) => s.sessionKey).sort()).toEqual(
      [IDS.leastPrivilege, IDS.agentKeys].sort(),
    );
    expect(await dispatch('agenda:set-star', { sessionKey: IDS.agentKeys, status: 'sometimes' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' },
    });
  });

  it('returns .ics text, and saves only to the path main chose (null when the dialog is cancelled)', async () => {
    const { dir, dialog, dispatch } = backend();
    await dispatch('agenda:set-star', { sessionKey: 'dst-spring', status: 'going' });
    const text = (await dispatch('ical:export', { scope: { kind: 'agenda', includeMaybe: false } })) as {
      ok: true;
      value: { text: string; eventCount: number; suggestedName: string };
    };
    expect(text.value).toMatchObject({ eventCount: 1, suggestedName: 'kubeplan-agenda.ics' });
    expect(text.value.text).toContain('DTSTAMP:20260324T102000Z');

    const target = path.join(dir, 'chosen.ics');
    dialog.answer = async () => null;
    expect(await dispatch('ical:save', { scope: { kind: 'agenda', includeMaybe: false } })).toEqual({
      ok: true,
      value: null,
    });
    expect(fs.existsSync(target)).toBe(false);
    dialog.answer = async () => target;
    expect(await dispatch('ical:save', { scope: { kind: 'agenda', includeMaybe: false } })).toEqual({
      ok: true,
      value: {
        path: target,
        format: 'ics',
        eventCount: 1,
        skippedNoDay: 0,
        skippedNoTime: 0,
        skippedRemoved: 0,
        skippedTooLong: 0,
      },
    });
    expect(fs.readFileSync(target, 'utf8')).toBe(text.value.text);
    // The renderer cannot name a path.
    expect(
      await dispatch('ical:save', { scope: { kind: 'agenda', includeMaybe: false }, path: '/etc/x.ics' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' },
    });
  });

  it('saves the other formats where main chose, asking for a file of that kind, and says what was left out', async () => {
    const { dialog, dir, dispatch } = backend();
    for (const sessionKey of [IDS.leastPrivilege, 'day-only', 'no-day'])
      await dispatch('agenda:set-star', { sessionKey, status: 'going' });
    const asked: { name: string; filter: { name: string; extensions: string[] } }[] = [];
    dialog.answer = async (name, filter) => {
      asked.push({ name, filter });
      return path.join(dir, name);
    };
    const scope = { kind: 'agenda', includeMaybe: false };
    expect(await dispatch('ical:save', { scope, format: 'frab-xml' })).toEqual({
      ok: true,
      value: {
        path: path.join(dir, 'kubeplan-agenda.xml'),
        format: 'frab-xml',
        eventCount: 1,
        skippedNoDay: 1,
        skippedNoTime: 1,
        skippedRemoved: 0,
        skippedTooLong: 0,
      },
    });
    expect(fs.readFileSync(path.join(dir, 'kubeplan-agenda.xml'), 'utf8')).toContain('<title>Least-Privilege for AI');
    expect(await dispatch('ical:save', { scope, format: 'csv' })).toMatchObject({ ok: true, value: { eventCount: 3 } });
    expect(asked).toEqual([
      { name: 'kubeplan-agenda.xml', filter: { name: 'frab schedule.xml', extensions: ['xml'] } },
      { name: 'kubeplan-agenda.csv', filter: { name: 'CSV spreadsheet', extensions: ['csv'] } },
    ]);
    const json = await dispatch('ical:export', { scope, format: 'schedule-json' });
    expect(json).toMatchObject({ ok: true, value: { format: 'schedule-json', suggestedName: 'kubeplan-agenda.json' } });
    expect(await dispatch('ical:export', { scope, format: 'pdf' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' },
    });
  });

  it('persists the reminder setting', async () => {
    const { dispatch } = backend();
    expect(await dispatch('settings:get', undefined)).toEqual({ ok: true, value: { reminderMinutes: null } });
    expect(await dispatch('settings:set', { reminderMinutes: 15 })).toEqual({
      ok: true,
      value: { reminderMinutes: 15 },
    });
    expect(await dispatch('settings:set', { reminderMinutes: 0 })).toMatchObject({ ok: false });
    expect(await dispatch('settings:get', undefined)).toEqual({ ok: true, value: { reminderMinutes: 15 } });
  });
});
