// Issue 13: Sessionize and frab sessions get an event name without --event: the file's own (frab's
// conference title, else its acronym), else the file's name, and the preview says which.
import { describe, expect, it } from 'vitest';
import { main } from '../../../../src/cli/main';
import { eventFromFileName, parseSchedule } from '../../../../src/core/importers/parse-schedule';
import { previewSchedule } from '../../../../src/core/importers/import-schedule';
import { tempDb } from '../../helpers';
import { SCHEDULES, readSchedule } from './schedule-helpers';

const SESSIONIZE = 'sessionize-scottishsummit-2026-viewAll.json';
const FRAB = 'frab-schedule-39c3.xml';
const at = (name: string) => ({ file: name, location: `/x/${name}` });

describe('event names', () => {
  it('Sessionize names no event: the file name does, for the summary, the source and every session', () => {
    const { db } = tempDb();
    const { summary, parsed } = previewSchedule(db, readSchedule(SESSIONIZE), {
      ...at(SESSIONIZE),
      timeZone: 'Europe/London',
    });
    expect(summary).toMatchObject({ event: 'scottishsummit 2026', eventFrom: 'file-name' });
    expect(parsed.batch.source.title).toBe('scottishsummit 2026');
    expect(new Set(parsed.batch.sessions.map((s) => s.event))).toEqual(new Set(['scottishsummit 2026']));
  });

  it('--event wins, and says so', () => {
    const parsed = parseSchedule(readSchedule(SESSIONIZE), {
      ...at(SESSIONIZE),
      timeZone: 'UTC',
      event: 'Scottish Summit 2026',
    });
    expect(parsed).toMatchObject({ event: 'Scottish Summit 2026', eventFrom: 'option' });
  });

  it('frab: the conference title, else the acronym, else the file name', () => {
    const source = readSchedule(FRAB);
    expect(parseSchedule(source, at(FRAB))).toMatchObject({
      event: '39th Chaos Communications Congress',
      eventFrom: 'file',
    });
    const noTitle = source.replace(/<title>39th Chaos Communications Congress<\/title>/, '');
    expect(parseSchedule(noTitle, at(FRAB))).toMatchObject({ event: '39c3', eventFrom: 'file' });
    const neither = noTitle.replace(/<acronym>39c3<\/acronym>/, '');
    const named = parseSchedule(neither, at('39c3-fahrplan.xml'));
    expect(named).toMatchObject({ event: '39c3 fahrplan', eventFrom: 'file-name' });
    expect(named.batch.sessions[0]!.event).toBe('39c3 fahrplan');
  });

  it('file names lose the words every export has', () => {
    expect(eventFromFileName('/home/me/Downloads/sessionize-scottishsummit-2026-viewAll.json')).toBe(
      'scottishsummit 2026',
    );
    expect(eventFromFileName('C:\\Users\\me\\devopsdays_ams schedule (2).json')).toBe('devopsdays ams');
    expect(eventFromFileName('schedule.json')).toBeNull();
  });

  it('the CLI preview says the name came from the file name', async () => {
    let stdout = '';
    await main(['import', `${SCHEDULES}/${SESSIONIZE}`, '--dry-run', '--tz', 'Europe/London', '--db', ':memory:'], {
      stdout: (t) => (stdout += t),
      stderr: () => {},
      env: {},
    });
    expect(stdout).toContain(
      'sessionize, scottishsummit 2026 (event named from the file name; --event NAME to change)',
    );
  });
});
