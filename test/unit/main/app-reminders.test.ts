// The app's reminder ticker keeps working when a backup is restored: it reads the database in force at
// each tick, never the one it started with (which the restore closed).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Reminder } from '../../../src/shared/agenda-types';
import { startApp } from '../../../src/main/app-context';
import { startAppReminders } from '../../../src/main/app-reminders';
import { createDispatch } from '../../../src/main/dispatch';
import { createHandlers } from '../../../src/main/handlers/index';
import { listBackups } from '../../../src/core/store/backups';
import { IDS, seedAgendaDb } from '../../support/agenda-db';
import { readSchedule } from '../core/importers/schedule-helpers';
import { BUNDLED_FEED, tempDir } from '../helpers';

/** A clock the test moves by hand; the scheduler's 30 s interval is the test calling tick(). */
function manualClock(start: string) {
  let now = Date.parse(start);
  return {
    now: () => new Date(now),
    setInterval: () => 0,
    clearInterval: () => {},
    set: (iso: string) => (now = Date.parse(iso)),
  };
}

describe('reminders across a restore', () => {
  it('after restoring a backup, the next tick reads the restored database and fires its reminder once', async () => {
    const clock = manualClock('2026-03-24T09:00:00Z');
    const app = startApp({
      databasePath: path.join(tempDir(), 'kubeplan.db'),
      bundledFeedFile: BUNDLED_FEED,
      openExternal: async () => true,
      now: clock.now,
    });
    seedAgendaDb(app.current().db!);
    const dispatch = createDispatch(createHandlers(app));
    await dispatch('agenda:set-star', { sessionKey: IDS.leastPrivilege, status: 'going' });
    await dispatch('settings:set', { reminderMinutes: 10 });
    // An import takes the automatic backup of this plan, then the user changes their mind.
    const text = readSchedule('c3voc-schedule-json-frab-camp2019.json');
    expect((await dispatch('import:confirm', { name: 'camp.json', text })).ok).toBe(true);
    await dispatch('agenda:set-star', { sessionKey: IDS.leastPrivilege, status: null });
    await dispatch('settings:set', { reminderMinutes: null });

    const shown: Reminder[] = [];
    const reminders = startAppReminders(app, { clock, notify: (reminder) => shown.push(reminder) });
    expect(reminders.tick()).toEqual([]);

    const [backup] = listBackups(app.current().backupDir);
    const restored = await dispatch('app:restore-backup', { file: backup!.file });
    expect(restored).toMatchObject({ ok: true, value: { databaseAvailable: true } });

    // 11:15 CET is 10:15Z: ten minutes before, the restored plan's reminder is due.
    clock.set('2026-03-24T10:06:00Z');
    expect(reminders.tick().map((r) => r.sessionKey)).toEqual([IDS.leastPrivilege]);
    expect(shown.map((r) => r.title)).toEqual([expect.stringMatching(/^Least-Privilege for AI/)]);
    // Shown once: the record of it is in the restored database too.
    clock.set('2026-03-24T10:07:00Z');
    expect(reminders.tick()).toEqual([]);
    reminders.stop();
    app.close();
  });

  it('ticks quietly while the database cannot be opened, and reminds once a restore brings it back', async () => {
    const clock = manualClock('2026-03-24T09:00:00Z');
    const databasePath = path.join(tempDir(), 'kubeplan.db');
    const options = { databasePath, bundledFeedFile: BUNDLED_FEED, openExternal: async () => true, now: clock.now };
    const first = startApp(options);
    seedAgendaDb(first.current().db!);
    const firstDispatch = createDispatch(createHandlers(first));
    await firstDispatch('agenda:set-star', { sessionKey: IDS.leastPrivilege, status: 'going' });
    await firstDispatch('settings:set', { reminderMinutes: 10 });
    const text = readSchedule('c3voc-schedule-json-frab-camp2019.json');
    expect((await firstDispatch('import:confirm', { name: 'camp.json', text })).ok).toBe(true);
    first.close();
    fs.writeFileSync(databasePath, 'not a database '.repeat(400));

    const app = startApp(options);
    expect(app.current().db).toBeNull();
    const shown: Reminder[] = [];
    const reminders = startAppReminders(app, { clock, notify: (reminder) => shown.push(reminder) });
    clock.set('2026-03-24T10:06:00Z');
    expect(reminders.tick()).toEqual([]);

    const [backup] = listBackups(app.current().backupDir);
    await createDispatch(createHandlers(app))('app:restore-backup', { file: backup!.file });
    expect(reminders.tick().map((r) => r.sessionKey)).toEqual([IDS.leastPrivilege]);
    reminders.stop();
    app.close();
  });
});
