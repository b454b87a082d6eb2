// Issue 13: a plain .ics generated from a conference API (88 entries, a handful of UIDs, speakers as
// ATTENDEE/ORGANIZER) keeps every distinct talk, without --skip-bad; identical repeats are one.
import { describe, expect, it } from 'vitest';
import { importSchedule } from '../../../../src/core/importers/import-schedule';
import { parseSchedule } from '../../../../src/core/importers/parse-schedule';
import { parseSchedSummary } from '../../../../src/core/importers/sched-summary';
import { listSessions } from '../../../../src/core/store/read-sessions';
import { tempDb } from '../../helpers';
import { readSchedule } from './schedule-helpers';

const SOURCE = 'sched-kccnceu2026-tuesday-morning.ics';

/**
 * The real 67 Tuesday-morning VEVENTs as an API would write them: no Sched URL, four UIDs for all
 * (one per hour of the morning), the title alone in SUMMARY and the speakers as ATTENDEE;CN (the
 * first one as ORGANIZER;CN), the publishing account as ORGANIZER of the rest; then the first 21
 * entries repeated unchanged, as paginated API dumps do: 88 VEVENTs.
 */
function apiCalendar(): { text: string; talks: { title: string; speakers: string[] }[] } {
  const source = readSchedule(SOURCE).replace(/\r\n[ \t]/g, '');
  const blocks = source.match(/BEGIN:VEVENT[\s\S]*?END:VEVENT\r?\n/g)!;
  const talks: { title: string; speakers: string[] }[] = [];
  const rewritten = blocks.map((block, i) => {
    const summary = /^SUMMARY:(.*)$/m.exec(block)![1]!.replace(/\\([,;\\])/g, '$1');
    const { title, speakers } = parseSchedSummary(summary);
    talks.push({ title, speakers: speakers.map((s) => s.name) });
    const hour = /^DTSTART:\d{8}T(\d{2})/m.exec(block)![1]!;
    const people =
      i === 0 && speakers.length === 1
        ? `ORGANIZER;CN="${speakers[0]!.name}":mailto:speaker@example.org\r\n`
        : `ORGANIZER;CN=KubeCon Schedule API:mailto:api@example.org\r\n` +
          speakers.map((s) => `ATTENDEE;ROLE=REQ-PARTICIPANT;CN="${s.name}":mailto:x@example.org\r\n`).join('');
    return block
      .replace(/^URL:.*\r?\n/m, '')
      .replace(/^UID:.*$/m, `UID:slot-${hour}@api.example.org`)
      .replace(/^SUMMARY:.*$/m, `SUMMARY:${title.replace(/([,;\\])/g, '\\$1')}`)
      .replace(/END:VEVENT/, `${people}END:VEVENT`);
  });
  const head = source.slice(0, source.indexOf('BEGIN:VEVENT'));
  return {
    text: `${head}${rewritten.join('')}${rewritten.slice(0, 21).join('')}END:VCALENDAR\r\n`,
    talks,
  };
}

describe('distinct events sharing a UID', () => {
  it('88 entries under 4 UIDs: 67 sessions, imported without --skip-bad, speakers from ATTENDEE and ORGANIZER', () => {
    const { text, talks } = apiCalendar();
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(88);
    expect(new Set(text.match(/^UID:.*$/gm)).size).toBe(4);
    const { db } = tempDb();
    const { summary } = importSchedule(db, text, { file: 'api.ics', location: '/x/api.ics' });
    expect(summary.problems).toEqual([]);
    expect(summary.counts.new).toBe(67);
    const sessions = listSessions(db, { includeNonSessions: true });
    expect(sessions).toHaveLength(67);
    const byTitle = new Map(sessions.map((s) => [s.title, s.speakers.map((p) => p.name)]));
    for (const talk of talks) expect(byTitle.get(talk.title), talk.title).toEqual(talk.speakers);
    // The publishing account organizes most entries: it is nobody's speaker.
    expect(sessions.flatMap((s) => s.speakers).some((p) => p.name === 'KubeCon Schedule API')).toBe(false);
    // Re-importing the same file changes nothing.
    const again = importSchedule(db, text, { file: 'api.ics', location: '/x/api.ics' });
    expect(again.summary.counts).toMatchObject({ new: 0, changed: 0, removed: 0, unchanged: 67 });
  });

  it('keys them by UID and start, and by title too when two share a start', () => {
    const { text } = apiCalendar();
    const parsed = parseSchedule(text, { file: 'api.ics', location: '/x/api.ics' });
    const keys = parsed.batch.sessions.map((s) => s.sessionKey);
    expect(new Set(keys).size).toBe(67);
    expect(keys).toContain('ical:slot-09@api.example.org:2026-03-24T09:03:00Z');
    expect(keys.some((k) => /^ical:slot-\d\d@api\.example\.org:2026-03-24T\d\d:\d\d:00Z:[a-z0-9-]+$/.test(k))).toBe(
      true,
    );
  });

  it('a UID used once keeps its plain key', () => {
    const one = readSchedule(SOURCE).replace(/^URL:.*\r?\n/gm, '');
    const parsed = parseSchedule(one, { file: 'plain.ics', location: '/x/plain.ics' });
    expect(parsed.batch.sessions[0]!.sessionKey).toBe('ical:779f63b3a4833fe4009a5100a1fe205b');
  });
});
