// The renderer's stores over the real handler table (the same dispatch the window's IPC reaches),
// on the bundled feed plus the real Sched KubeCon EU 2026 Tuesday morning.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startApp } from '../../../src/main/app-context';
import { createDispatch } from '../../../src/main/dispatch';
import { createHandlers } from '../../../src/main/handlers/index';
import { createApi, type KubeplanBridge } from '../../../src/shared/ipc/create-api';
import { AgendaStore } from '../../../src/renderer/stores/agenda-store';
import { CatalogueStore, FIRST_PAGE } from '../../../src/renderer/stores/catalogue-store';
import { SearchIndexStore } from '../../../src/renderer/stores/search-index-store';
import { SettingsStore } from '../../../src/renderer/stores/settings-store';
import { createStores } from '../../../src/renderer/stores/stores';
import type { CatalogueIndex } from '../../../src/core/search/search-index';
import type { SessionPageText } from '../../../src/shared/ipc/catalogue-channels';
import type { SessionView } from '../../../src/shared/types';
import { IDS, seedAgendaDb } from '../../support/agenda-db';
import { SCHED_FIXTURE } from '../../support/sched-records';
import { BUNDLED_FEED, tempDir } from '../helpers';

function backend(seed = true): KubeplanBridge {
  const app = startApp({
    databasePath: path.join(tempDir(), 'kubeplan.db'),
    bundledFeedFile: BUNDLED_FEED,
    openExternal: async () => true,
    now: () => new Date('2026-03-24T10:20:00Z'),
  });
  if (seed) seedAgendaDb(app.current().db!);
  const dispatch = createDispatch(createHandlers(app));
  return createApi(
    (channel, input) => dispatch(channel, input),
    () => () => {},
  );
}

const noIndex = async () => ({}) as CatalogueIndex;

/** An API whose calls wait until the test lets them answer. */
function held<T>() {
  let release!: (value: T) => void;
  const promise = new Promise<T>((resolve) => (release = resolve));
  return { promise, release };
}

describe('the catalogue store', () => {
  it('loads every session main holds and reloads after a change', async () => {
    const api = backend();
    const store = new CatalogueStore(api);
    expect(store.state.loading).toBe(true);
    await store.load();
    expect(store.state.loading).toBe(false);
    expect(store.state.error).toBeNull();
    const titles = store.state.sessions.map((s) => s.title);
    expect(titles).toContain('Someday maybe');
    expect(store.find(IDS.leastPrivilege)?.title).toMatch(/^Least-Privilege for AI/);
    expect(store.state.status?.databaseAvailable).toBe(true);
  });

  it('shows the first screen of rows before the rest arrives, then the whole list in the same order', async () => {
    const api = backend();
    const whole = await api.listSessions();
    expect(whole.length).toBeGreaterThan(FIRST_PAGE);
    const rest = held<void>();
    const store = new CatalogueStore({
      ...api,
      listSessionsPage: async (input) => {
        if (input.offset > 0) await rest.promise;
        return api.listSessionsPage(input);
      },
    });
    const loaded = store.load();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(store.state.loading).toBe(true);
    expect(store.state.sessions.map((s) => s.sessionKey)).toEqual(whole.slice(0, FIRST_PAGE).map((s) => s.sessionKey));
    const firstShown = store.state.sessions;
    rest.release();
    await loaded;
    expect(store.state.loading).toBe(false);
    expect(store.state.sessions).toEqual(whole);
    // The screens memoize on the list's identity (days, events, the index): the whole list is a
    // new array, and the first screen's rows were not grown in place behind their backs.
    expect(store.state.sessions).not.toBe(firstShown);
    expect(firstShown).toHaveLength(FIRST_PAGE);
  });

  it('keeps the newer answer when an older load answers last', async () => {
    const api = backend();
    const slow = held<SessionPageText>();
    let calls = 0;
    const store = new CatalogueStore({
      ...api,
      listSessionsPage: (input) => (++calls === 1 ? slow.promise : api.listSessionsPage(input)),
    });
    const first = store.load();
    await store.load();
    const count = store.state.sessions.length;
    expect(count).toBeGreaterThan(60);
    slow.release({ total: 0, sessions: '[]' });
    await first;
    expect(store.state.sessions).toHaveLength(count);
  });

  it('shows why the sessions could not be read, with none listed', async () => {
    const api = backend();
    const store = new CatalogueStore({
      ...api,
      listSessionsPage: () => Promise.reject(new Error('The database connection is not open')),
    });
    await store.load();
    expect(store.state).toMatchObject({ sessions: [], loading: false });
    expect(store.state.error).toMatch(/database connection is not open/);
  });
});

describe('the agenda store', () => {
  async function stores() {
    const api = backend();
    const catalogue = new CatalogueStore(api);
    await catalogue.load();
    const agenda = new AgendaStore(api, () => catalogue.load());
    return { api, catalogue, agenda, session: (key: string) => catalogue.find(key)! };
  }

  it('shows a star at once, keeps it once main stored it, and refreshes the plan', async () => {
    const { agenda, session } = await stores();
    const least = session(IDS.leastPrivilege);
    const pending = agenda.toggle(least);
    // Before main answers, the star already shows.
    expect(agenda.statusOf(least)).toBe('going');
    await pending;
    expect(agenda.state.plan?.total).toBe(1);
    await agenda.toggle(session(IDS.agentKeys));
    expect(agenda.state.plan).toMatchObject({ total: 2, conflictCount: 1 });
    await agenda.toggle(session(IDS.agentKeys));
    expect(agenda.statusOf(session(IDS.agentKeys))).toBe('maybe');
  });

  it('takes a star back when main refuses it, and says why', async () => {
    const { agenda } = await stores();
    const ghost = { sessionKey: 'no-such-session', agenda: null, title: 'Ghost' };
    await expect(agenda.toggle(ghost)).rejects.toThrow();
    expect(agenda.statusOf(ghost)).toBeNull();
    expect(agenda.state.overrides.has('no-such-session')).toBe(false);
  });

  it('offers to undo a removal and puts back the level the session had', async () => {
    const { agenda, session } = await stores();
    const least = session(IDS.leastPrivilege);
    await agenda.setStar(least.sessionKey, 'maybe');
    await agenda.setStar(least.sessionKey, null, { title: least.title, status: 'maybe' });
    expect(agenda.state.lastRemoved).toMatchObject({ sessionKey: least.sessionKey, previous: 'maybe' });
    expect(agenda.state.plan?.total).toBe(0);
    await agenda.undoRemove();
    expect(agenda.statusOf(least)).toBe('maybe');
    expect(agenda.state.lastRemoved).toBeNull();
    expect(agenda.state.plan?.total).toBe(1);
  });

  it('saves a note and the plan shows it', async () => {
    const { agenda, session } = await stores();
    await agenda.toggle(session(IDS.leastPrivilege));
    await agenda.setNote(IDS.leastPrivilege, 'Ask about the token broker\nand the audit log');
    const card = agenda.state.plan!.days.flatMap((d) => d.blocks.flatMap((b) => b.sessions))[0]!;
    expect(card.note).toBe('Ask about the token broker\nand the audit log');
  });

  it('stars an .ics agenda, then the catalogue and the plan follow main', async () => {
    const { agenda, catalogue } = await stores();
    const text = fs.readFileSync(SCHED_FIXTURE, 'utf8');
    const applied = await agenda.applyIcs({ name: 'tuesday.ics', text });
    expect(applied).toBeGreaterThan(60);
    expect(agenda.state.overrides.size).toBe(0);
    expect(agenda.state.plan?.total).toBe(applied);
    expect(catalogue.state.sessions.filter((s) => s.agenda !== null)).toHaveLength(applied);
  });
});

describe('the import store (wired as the window wires it)', () => {
  it('previews, then imports, and the catalogue, stars and Changes view reload', async () => {
    const api = backend(false);
    const stores = createStores(api, noIndex);
    await stores.catalogue.load();
    const before = stores.catalogue.state.sessions.length;
    const text = fs.readFileSync(SCHED_FIXTURE, 'utf8');
    await stores.imports.preview({ name: 'tuesday.ics', text });
    const preview = stores.imports.state.pending?.preview;
    expect(preview?.format).toBe('ical');
    expect(preview?.counts.new).toBe(67);
    expect(stores.catalogue.state.sessions).toHaveLength(before);

    const summary = await stores.imports.confirm(false);
    expect(summary?.counts.new).toBe(67);
    expect(stores.imports.state.pending).toBeNull();
    // Two feed posts describe sessions of this schedule and merge with them: main's count is the truth.
    expect(stores.catalogue.state.sessions).toEqual(await api.listSessions());
    expect(stores.catalogue.state.sessions.length).toBeGreaterThan(before + 60);
    expect(stores.changes.state.changes?.counts.new).toBe(67);
  });

  it('keeps the dialog open with the reason when a file cannot be read', async () => {
    const stores = createStores(backend(false), noIndex);
    await stores.imports.preview({ name: 'broken.ics', text: 'BEGIN:VCALENDAR\nthis is not a calendar' });
    expect(stores.imports.state.pending?.error).toMatch(/broken\.ics/);
    expect(await stores.imports.confirm(false)).toBeNull();
  });
});

describe('the sources store', () => {
  it('reports a source that cannot be fetched and leaves the URL to correct', async () => {
    const stores = createStores(backend(false), noIndex);
    await stores.sources.load();
    const before = stores.sources.state.sources!.length;
    const ok = await stores.sources.add('http://127.0.0.1:9/feed.xml');
    expect(ok).toBe(false);
    expect(stores.sources.state.outcome?.error).toBe(true);
    expect(stores.sources.state.outcome?.lines[0]).toMatch(/^http:\/\/127\.0\.0\.1:9\/feed\.xml: error: /);
    expect(stores.sources.state.busy).toBeNull();
    expect(stores.sources.state.sources!.length).toBeGreaterThanOrEqual(before);
  });

  it('removes a source, and the undo puts it back with its sessions', async () => {
    const stores = createStores(backend(false), noIndex);
    await Promise.all([stores.sources.load(), stores.catalogue.load()]);
    const [bundled] = stores.sources.state.sources!;
    const shown = () => stores.catalogue.state.sessions.filter((s) => s.status === 'active').length;
    const live = shown();
    expect(bundled!.sessionCount).toBeGreaterThan(0);

    expect(await stores.sources.remove(bundled!)).toBe(true);
    expect(stores.sources.state.sources).toEqual([]);
    expect(stores.sources.state.outcome?.lines[0]).toMatch(
      /^Removed .*: \d+ sessions only it listed are marked removed/,
    );
    expect(stores.sources.state.outcome?.removed?.backup.reason).toBe('before-feed-remove');
    expect(shown()).toBe(0);

    expect(await stores.sources.undoRemove()).toBe(true);
    expect(stores.sources.state.sources).toMatchObject([
      { location: bundled!.location, sessionCount: bundled!.sessionCount },
    ]);
    expect(stores.sources.state.outcome?.removed).toBeNull();
    expect(shown()).toBe(live);
  });
});

describe('the settings store', () => {
  it('saves the reminder lead time, and goes back to the saved one when main refuses', async () => {
    const store = new SettingsStore(backend(false));
    await store.load();
    await store.setReminderMinutes(15);
    expect(store.state.settings?.reminderMinutes).toBe(15);
    await store.setReminderMinutes(100_000);
    expect(store.state.settings?.reminderMinutes).toBe(15);
    expect(store.state.error).not.toBeNull();
  });
});

describe('the search index store', () => {
  it('keeps the index of the newest sessions when an older build finishes last', async () => {
    const builds = new Map<SessionView[], ReturnType<typeof held<CatalogueIndex>>>();
    const store = new SearchIndexStore((sessions) => {
      const build = held<CatalogueIndex>();
      builds.set(sessions, build);
      return build.promise;
    });
    const older: SessionView[] = [];
    const newer: SessionView[] = [];
    const first = store.ensure(older);
    const second = store.ensure(newer);
    const newerIndex = { name: 'newer' } as unknown as CatalogueIndex;
    builds.get(newer)!.release(newerIndex);
    await second;
    builds.get(older)!.release({ name: 'older' } as unknown as CatalogueIndex);
    await first;
    expect(store.state.built?.index).toBe(newerIndex);
    // Asking again for what is built builds nothing.
    await store.ensure(newer);
    expect(builds.size).toBe(2);
  });
});
