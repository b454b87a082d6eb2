// Every import that writes leaves an automatic backup holding exactly the data from before it.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main';
import { backupBeforeWrite } from '../../../src/core/store/backups';
import { KEEP_BACKUPS, listBackups } from '../../../src/core/store/backups';
import { openStore } from '../../../src/core/store/open-store';
import { FIXTURES, tempDir } from '../helpers';
import { backend, dump, dumpFile } from './fault-helpers';

const SCHEDULES = path.join(FIXTURES, 'schedules');
const read = (name: string) => fs.readFileSync(path.join(SCHEDULES, name), 'utf8');

describe('automatic backups before imports', () => {
  it('confirming a schedule import backs up exactly the data from before it', async () => {
    const { app, dispatch } = backend();
    const first = (await dispatch('catalogue:list', undefined)) as { ok: true; value: { sessionKey: string }[] };
    expect((await dispatch('agenda:set-star', { sessionKey: first.value[0]!.sessionKey, status: 'going' })).ok).toBe(
      true,
    );
    const before = dump(app.current().db!);
    expect(listBackups(app.current().backupDir)).toEqual([]);

    const result = await dispatch('import:confirm', {
      name: 'camp.json',
      text: read('c3voc-schedule-json-frab-camp2019.json'),
    });
    expect(result.ok).toBe(true);
    const backups = listBackups(app.current().backupDir);
    expect(backups).toHaveLength(1);
    expect(backups[0]!.reason).toBe('before-import');
    expect(dumpFile(backups[0]!.file)).toEqual(before);
    expect(dump(app.current().db!)).not.toEqual(before);

    // And the window can bring that state back.
    await dispatch('app:restore-backup', { file: backups[0]!.file });
    expect(dump(app.current().db!)).toEqual(before);
  });

  it('adding a feed and importing an agenda back up first; a failed refresh takes none', async () => {
    const { app, dispatch } = backend();
    const feedFile = path.join(tempDir(), 'tag.atom');
    fs.copyFileSync(path.join(FIXTURES, 'feeds', 'tag-app-delivery-kubecon-na-2024.atom'), feedFile);
    const before = dump(app.current().db!);
    // The window names a feed file by the token main gave when the user chose it.
    const [chosen] = app.services.openedFiles.add([feedFile]);
    const added = (await dispatch('sources:add', { token: chosen!.token })) as { ok: true; value: { status: string } };
    expect(added.value.status).toBe('updated');
    let backups = listBackups(app.current().backupDir);
    expect(backups.map((b) => b.reason)).toEqual(['before-feed-add']);
    expect(dumpFile(backups[0]!.file)).toEqual(before);

    fs.rmSync(feedFile);
    const feeds = (await dispatch('sources:list', undefined)) as {
      ok: true;
      value: { id: number; location: string }[];
    };
    const id = feeds.value.find((f) => f.location === feedFile)!.id;
    // A file source whose file is gone is skipped and said to be (never a refresh that fails forever).
    const failed = (await dispatch('sources:refresh', { id })) as { ok: true; value: { status: string } };
    expect(failed.value.status).toBe('skipped');
    expect(listBackups(app.current().backupDir)).toHaveLength(1);

    const afterFeed = dump(app.current().db!);
    const ics = fs.readFileSync(path.join(SCHEDULES, 'sched-kccnceu2026-tuesday-morning.ics'), 'utf8');
    await dispatch('ical:import-apply', { text: ics, name: 'mine.ics', mode: 'valid-only' });
    backups = listBackups(app.current().backupDir);
    expect(backups.map((b) => b.reason)).toEqual(['before-agenda-import', 'before-feed-add']);
    expect(dumpFile(backups[0]!.file)).toEqual(afterFeed);
  });

  it('keeps only the last few backups', () => {
    const dir = tempDir();
    const db = openStore(path.join(dir, 'kubeplan.db'));
    const t0 = Date.parse('2026-11-01T10:00:00Z');
    for (let i = 0; i < KEEP_BACKUPS + 3; i += 1) {
      db.prepare("INSERT INTO agenda (session_key, status, note, updated_at) VALUES (?, 'going', ?, 'now')").run(
        `k${i}`,
        `n${i}`,
      );
      backupBeforeWrite(db, 'before-import', new Date(t0 + i * 1000));
    }
    const kept = listBackups(path.join(dir, 'backups'));
    expect(kept).toHaveLength(KEEP_BACKUPS);
    // Newest first: the last one holds all eight notes, the oldest kept holds four.
    expect(kept.map((b) => (dumpFile(b.file).agenda as unknown[]).length)).toEqual([8, 7, 6, 5, 4]);
    db.close();
  });

  it('takes none for a database that lives only in memory', () => {
    const db = openStore(':memory:');
    expect(backupBeforeWrite(db)).toBeNull();
    db.close();
  });

  it('the CLI backs up once per import command, before writing', async () => {
    const file = path.join(tempDir(), 'cli.db');
    const io = { stdout: () => {}, stderr: () => {}, env: {} };
    expect(await main(['import', path.join(SCHEDULES, 'frab-schedule-39c3.xml'), '--db', file], io)).toBe(0);
    const db = openStore(file);
    const before = dump(db);
    db.close();
    const two = [
      path.join(SCHEDULES, 'pentabarf-fosdem-2024-trimmed.xml'),
      path.join(SCHEDULES, 'sched-kccnceu2026-tuesday-morning.ics'),
    ];
    expect(await main(['import', ...two, '--db', file], io)).toBe(0);
    const backups = listBackups(path.join(path.dirname(file), 'backups'));
    // The first import into an empty database also backed up (an empty one); the second took one.
    expect(backups).toHaveLength(2);
    expect(dumpFile(backups[0]!.file)).toEqual(before);
    // A dry run writes nothing and backs up nothing.
    expect(await main(['import', two[0]!, '--dry-run', '--db', file], io)).toBe(0);
    expect(listBackups(path.join(path.dirname(file), 'backups'))).toHaveLength(2);
  });

  it('a file that fails to parse or validate takes no backup, so it cannot push older ones out', async () => {
    const { app, dispatch } = backend();
    const truncated = read('c3voc-schedule-json-frab-camp2019.json').slice(0, 5000);
    for (let i = 0; i < 3; i += 1) {
      expect((await dispatch('import:confirm', { name: 'camp.json', text: truncated })).ok).toBe(false);
      expect(
        (
          await dispatch('ical:import-apply', {
            text: 'BEGIN:VCALENDAR\nEND:VCALENDAR\n',
            name: 'x.ics',
            mode: 'all-or-nothing',
          })
        ).ok,
      ).toBe(false);
    }
    expect(listBackups(app.current().backupDir)).toEqual([]);

    const dir = tempDir();
    const file = path.join(dir, 'cli.db');
    const bad = path.join(dir, 'bad.json');
    fs.writeFileSync(bad, truncated);
    const io = { stdout: () => {}, stderr: () => {}, env: {} };
    expect(await main(['import', bad, '--db', file], io)).not.toBe(0);
    expect(await main(['import', path.join(FIXTURES, 'hostile', 'broken-dates.ics'), '--db', file], io)).not.toBe(0);
    expect(listBackups(path.join(dir, 'backups'))).toEqual([]);
    // The good file after the bad ones still gets its backup.
    expect(await main(['import', path.join(SCHEDULES, 'frab-schedule-39c3.xml'), '--db', file], io)).toBe(0);
    expect(listBackups(path.join(dir, 'backups')).map((b) => b.reason)).toEqual(['before-import']);
  });

  it('the CLI backs up before feeds add, refresh and import-agenda write', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'cli.db');
    const feed = path.join(dir, 'tag.atom');
    fs.copyFileSync(path.join(FIXTURES, 'feeds', 'tag-app-delivery-kubecon-na-2024.atom'), feed);
    const io = { stdout: () => {}, stderr: () => {}, env: {} };
    const reasons = () => listBackups(path.join(dir, 'backups')).map((b) => b.reason);
    expect(await main(['feeds', 'add', feed, '--db', file], io)).toBe(0);
    expect(reasons()).toEqual(['before-feed-add']);
    // Re-reading the unchanged file writes nothing, so it takes no backup either.
    expect(await main(['feeds', 'refresh', '--db', file], io)).toBe(0);
    expect(reasons()).toEqual(['before-feed-add']);
    // The post edited (same sessions, new wording): the refresh writes, and backs up first.
    fs.writeFileSync(feed, fs.readFileSync(feed, 'utf8').replaceAll('Platform', 'platform'));
    expect(await main(['feeds', 'refresh', '--db', file], io)).toBe(0);
    expect(reasons()).toEqual(['before-feed-refresh', 'before-feed-add']);
    const ics = path.join(SCHEDULES, 'sched-kccnceu2026-tuesday-morning.ics');
    await main(['import-agenda', ics, '--skip-bad', '--db', file], io);
    expect(reasons()[0]).toBe('before-agenda-import');
  });
});
