// The real KubeCon EU 2026 Sched export, imported through our iCal importer, exported as frab schedule.xml,
// c3voc schedule.json and CSV: each passes the c3voc project's own validators and reads back through our
// importers as the same sessions, times and speakers.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { setStar } from '../../../../src/core/store/agenda';
import { exportSessions } from '../../../../src/core/use-cases/export-sessions';
import { sessionGuid } from '../../../../src/core/export/identifiers';
import { parseSchedule } from '../../../../src/core/importers/parse-schedule';
import { listSessions } from '../../../../src/core/store/read-sessions';
import type { IcsExportScope } from '../../../../src/shared/agenda-types';
import type { SessionView } from '../../../../src/shared/types';
import {
  requireJsonSchema,
  requireXmllint,
  scheduleJsonErrors,
  scheduleXmlErrors,
} from '../../../support/c3voc-validators';
import { KUBECON_EU_2026, comparable, importKubeconEu2026 } from '../../../support/kubecon-eu-2026';
import { FIXTURES, tempDb } from '../../helpers';

const WHOLE_EVENT: IcsExportScope = { kind: 'event', event: KUBECON_EU_2026 };

function kubecon() {
  const { db } = tempDb();
  importKubeconEu2026(db);
  const sessions = listSessions(db, { includeRemoved: true });
  return { db, sessions };
}

function readBack(text: string, name: string) {
  return parseSchedule(text, { file: name, location: `/exports/${name}` });
}

/** Every session of the export against its reading back, matched by the key (CSV) or the guid derived from it (frab). */
function expectSameSessions(
  original: SessionView[],
  back: ReturnType<typeof readBack>,
  idOf: (key: string) => string,
  options: { affiliations: boolean },
) {
  expect(back.problems).toEqual([]);
  expect(back.batch.sessions).toHaveLength(original.length);
  const byId = new Map(back.batch.sessions.map((s) => [s.sessionKey, s]));
  for (const session of original) {
    const read = byId.get(idOf(session.sessionKey));
    expect(read, session.title).toBeDefined();
    expect(comparable(read!, options), session.title).toEqual(comparable(session, options));
  }
}

describe('the KubeCon EU 2026 export in the formats other planners read', () => {
  it('has the sessions the tests below count on', () => {
    const { sessions } = kubecon();
    // 596 entries in the file; the catalogue hides its 31 breaks and registration desks.
    expect(sessions).toHaveLength(565);
    expect(sessions.every((s) => s.start && s.end && s.room && s.event === KUBECON_EU_2026)).toBe(true);
    expect(sessions.flatMap((s) => s.speakers)).toHaveLength(813);
  });

  it('as c3voc schedule.json: passes the c3voc JSON schema and reads back as the same 565 sessions', (ctx) => {
    requireJsonSchema(ctx);
    const { db, sessions } = kubecon();
    const exported = exportSessions({ db }, WHOLE_EVENT, 'schedule-json');
    expect(exported).toMatchObject({
      format: 'schedule-json',
      eventCount: 565,
      skippedNoDay: 0,
      skippedNoTime: 0,
      skippedRemoved: 0,
      skippedTooLong: 0,
      suggestedName: 'kubecon-cloudnativecon-europe-2026.json',
    });
    expect(scheduleJsonErrors(exported.text)).toEqual([]);
    const json = JSON.parse(exported.text) as {
      schedule: { conference: { acronym: string; time_zone_name: string; daysCount: number; url: string } };
    };
    expect(json.schedule.conference).toMatchObject({
      acronym: 'kccnceu2026',
      time_zone_name: 'Europe/Amsterdam',
      daysCount: 6,
      url: 'https://kccnceu2026.sched.com/',
    });
    const back = readBack(exported.text, 'kccnceu2026.json');
    expect(back).toMatchObject({ format: 'frab-json', event: KUBECON_EU_2026, timeZone: 'Europe/Amsterdam' });
    // frab's persons have names only: affiliations stay behind.
    expectSameSessions(sessions, back, (key) => `frab:${sessionGuid(key)}`, { affiliations: false });
  });

  it('as frab schedule.xml: passes the c3voc XML schema (xmllint) and reads back as the same 565 sessions', (ctx) => {
    requireXmllint(ctx);
    const { db, sessions } = kubecon();
    const exported = exportSessions({ db }, WHOLE_EVENT, 'frab-xml');
    expect(exported).toMatchObject({ format: 'frab-xml', eventCount: 565, skippedNoTime: 0 });
    expect(scheduleXmlErrors(exported.text)).toEqual([]);
    const back = readBack(exported.text, 'kccnceu2026.xml');
    expect(back).toMatchObject({ format: 'frab-xml', event: KUBECON_EU_2026, timeZone: 'Europe/Amsterdam' });
    expectSameSessions(sessions, back, (key) => `frab:${sessionGuid(key)}`, { affiliations: false });
  });

  it('as CSV: reads back through our CSV importer, with no --tz, as the same sessions and speakers with affiliations', () => {
    const { db, sessions } = kubecon();
    const exported = exportSessions({ db }, WHOLE_EVENT, 'csv');
    expect(exported).toMatchObject({ format: 'csv', eventCount: 565 });
    expect(exported.text.startsWith('\uFEFFTitle,Start,End,Room,Track,Type,Speakers,Companies,Description,URL,')).toBe(
      true,
    );
    const back = readBack(exported.text, 'kccnceu2026.csv');
    expect(back).toMatchObject({ format: 'csv', timeZone: 'Europe/Amsterdam' });
    expectSameSessions(sessions, back, (key) => key, { affiliations: true });
  });

  it('gives every session the same guid, id and slug in every export, and each its own', () => {
    const first = kubecon();
    const second = kubecon();
    const a = exportSessions({ db: first.db }, WHOLE_EVENT, 'frab-xml');
    const b = exportSessions({ db: second.db, now: () => new Date('2027-01-01T00:00:00Z') }, WHOLE_EVENT, 'frab-xml');
    // Nothing in the file depends on when or into which database the schedule was imported.
    expect(b.text).toBe(a.text);
    const guids = [...a.text.matchAll(/<event guid="([^"]+)" id="(\d+)">/g)].map((m) => m[1]!);
    expect(new Set(guids).size).toBe(565);
    // The guid is a UUID v5 of the session key: recomputable by anyone holding the key.
    const keynote = first.sessions.find((s) => s.title.startsWith('Keynote: From Inference to Agents'))!;
    expect(guids).toContain(sessionGuid(keynote.sessionKey));
    expect(sessionGuid(keynote.sessionKey)).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    const json = exportSessions({ db: first.db }, WHOLE_EVENT, 'schedule-json').text;
    expect(json).toContain(`"guid": "${sessionGuid(keynote.sessionKey)}"`);
  });

  it('exports a track and the agenda as schedules of their own that pass both validators', (ctx) => {
    requireJsonSchema(ctx);
    requireXmllint(ctx);
    const { db, sessions } = kubecon();
    const track: IcsExportScope = { kind: 'track', track: 'Security' };
    const json = exportSessions({ db }, track, 'schedule-json');
    expect(json.eventCount).toBe(sessions.filter((s) => s.track === 'SECURITY').length);
    expect(scheduleJsonErrors(json.text)).toEqual([]);
    expect(JSON.parse(json.text)).toMatchObject({
      schedule: { conference: { acronym: 'kccnceu2026_security', title: KUBECON_EU_2026 } },
    });
    expect(scheduleXmlErrors(exportSessions({ db }, track, 'frab-xml').text)).toEqual([]);

    for (const s of sessions.filter((s) => s.track === 'OBSERVABILITY').slice(0, 6)) setStar(db, s.sessionKey, 'going');
    const agenda = exportSessions({ db }, { kind: 'agenda', includeMaybe: false }, 'frab-xml');
    expect(agenda).toMatchObject({ eventCount: 6, suggestedName: 'kubeplan-agenda.xml' });
    expect(scheduleXmlErrors(agenda.text)).toEqual([]);
    expect(agenda.text).toContain('<acronym>kccnceu2026_my_kubecon_agenda</acronym>');
  });

  it('the validators are strict: they refuse real exports of other tools', (ctx) => {
    requireJsonSchema(ctx);
    requireXmllint(ctx);
    // Both are real files that readers accept, yet not what the schemas ask (as the c3voc project's own
    // validate script notes for the camp2019 JSON): proof the checks above can fail.
    const camp = fs.readFileSync(`${FIXTURES}/schedules/c3voc-schedule-json-frab-camp2019.json`, 'utf8');
    expect(scheduleJsonErrors(camp).length).toBeGreaterThan(50);
    const congress = fs.readFileSync(`${FIXTURES}/schedules/frab-schedule-39c3.xml`, 'utf8');
    expect(scheduleXmlErrors(congress).join('\n')).toContain("Element 'code': This element is not expected.");
  });
});
