// Planning help across the window, over the real handler table and the KubeCon EU 2026 export: For you
// as a filter in the catalogue and the timetable (ranked, starred ones out, reasons shown); the Team
// screen (add a colleague's .ics, who goes where in the timetable, agenda and session page, coverage,
// meet, remove with a question first and Undo, share my agenda without private notes); Pin; and Watch
// recording on agenda cards and timetable cells.
import fs from 'node:fs';
import path from 'node:path';
import { applyImport } from '../../src/core/store/apply-import';
import { setNote, setStarsTo } from '../../src/core/store/agenda';
import { listPins } from '../../src/core/store/plan-store';
import { listSessions } from '../../src/core/store/read-sessions';
import { recommendForYou } from '../../src/core/use-cases/recommend';
import { importRecordings, listSessionRecordings } from '../../src/core/use-cases/recordings';
import { addTeamMember, removeTeamMember, teamCoverage, teamOverlay } from '../../src/core/use-cases/team';
import { schedRecords } from '../support/sched-records';
import { ROOT, expect, saveScreenshot, test } from './fixtures';

const SCHEDULES = path.join(ROOT, 'test', 'fixtures', 'schedules');
const ALL = path.join(SCHEDULES, 'sched-kccnceu2026-all.ics');
const TUESDAY = path.join(SCHEDULES, 'sched-kccnceu2026-tuesday-morning.ics');
const YOUTUBE = path.join(ROOT, 'test', 'fixtures', 'recordings', 'youtube-kubecon-eu-2026.xml');

test.describe('planning across the window', () => {
  test('for you filter, team overlay, coverage, meet, share, pin and watch recording', async ({
    window,
    backend,
    dataDir,
    openedUrls,
  }, testInfo) => {
    test.skip(backend === null, 'needs the handler context behind the window (Chromium project)');
    // One walk through six screens over the 600-session export.
    test.setTimeout(120_000);
    const db = backend!.db!;
    applyImport(db, { source: { kind: 'schedule', location: ALL, title: 'Sched' }, sessions: schedRecords(ALL) });
    importRecordings({ db }, { text: fs.readFileSync(YOUTUBE, 'utf8'), name: YOUTUBE });
    const deps = { db };
    const sessions = listSessions(db).filter((s) => s.start && s.room);
    const recorded = new Set(listSessionRecordings(deps).map((r) => r.sessionKey));
    // Which sessions Ana's Tuesday-morning calendar names, read once through the core, then forgotten.
    const tuesdayText = fs.readFileSync(TUESDAY, 'utf8');
    addTeamMember(deps, { name: 'probe', text: tuesdayText, fileName: 'probe.ics' });
    const hers = new Set(teamOverlay(deps).map((a) => a.sessionKey));
    removeTeamMember(deps, 'probe');
    // Mine: a recorded talk Ana also attends (if any), plus four more of its track; one carries a note.
    // A talk long enough that its timetable cell has room for the team line and Watch recording.
    const roomy = (s: (typeof sessions)[number]) =>
      s.kind === 'talk' && s.track !== null && Date.parse(s.end!) - Date.parse(s.start!) >= 25 * 60_000;
    const shared =
      sessions.find((s) => hers.has(s.sessionKey) && recorded.has(s.sessionKey) && roomy(s)) ??
      sessions.find((s) => hers.has(s.sessionKey) && roomy(s))!;
    const sameTrack = sessions.filter((s) => s.track === shared.track && s !== shared).slice(0, 4);
    const recordedMine = recorded.has(shared.sessionKey)
      ? shared
      : sessions.find((s) => recorded.has(s.sessionKey) && s.date === shared.date)!;
    const mine = [...new Set([shared, ...sameTrack, recordedMine])];
    setStarsTo(
      db,
      mine.map((s) => s.sessionKey),
      'going',
    );
    setNote(db, shared.sessionKey, 'private: ask about the roadmap');
    await window.reload();

    // For you in the catalogue: the same ranking as `kubeplan recommend`, none starred, reasons shown.
    const expected = recommendForYou(deps, 100);
    await window.getByRole('checkbox', { name: 'For you' }).check();
    const list = window.getByRole('region', { name: 'For you, most alike first' });
    const rows = list.locator('article.session');
    await expect(rows.first()).toHaveAttribute('data-session-key', expected[0]!.session.sessionKey);
    await expect(rows.nth(1)).toHaveAttribute('data-session-key', expected[1]!.session.sessionKey);
    await expect(rows.first().locator('.reasons')).toHaveText(`For you: ${expected[0]!.reasons.join(' · ')}`);
    const shownKeys = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-session-key')));
    expect(shownKeys.some((k) => mine.some((s) => s.sessionKey === k))).toBe(false);
    await expect(
      window
        .getByRole('status')
        .filter({ hasText: /of \d+/ })
        .first(),
    ).toBeVisible();
    await saveScreenshot(window, 'catalogue-for-you', testInfo.project.name);
    // Starring the first suggestion takes it out of For you.
    const first = expected[0]!.session;
    await rows
      .first()
      .getByRole('button', { name: `Star “${first.title}” (going)` })
      .click();
    await expect(rows.first()).not.toHaveAttribute('data-session-key', first.sessionKey);

    // The timetable shares the view: For you only, the reasons on each cell.
    await window.getByRole('link', { name: 'Timetable' }).click();
    const cells = window.locator('.tt-cell');
    await expect(cells.first()).toBeVisible();
    const forYouKeys = new Set(recommendForYou(deps, 100).map((r) => r.session.sessionKey));
    const cellKeys = await cells.evaluateAll((els) => els.map((e) => e.getAttribute('data-session-key')!));
    expect(cellKeys.length).toBeGreaterThan(0);
    expect(cellKeys.every((k) => forYouKeys.has(k))).toBe(true);
    await expect(cells.first()).toHaveAttribute('title', /^For you: /);
    await window.getByRole('button', { name: 'Filters' }).click();
    await window.getByRole('checkbox', { name: 'For you' }).uncheck();

    // Team: add Ana's calendar by name and file.
    await window.getByRole('link', { name: 'Team' }).click();
    await window.getByRole('textbox', { name: 'Name' }).fill('Ana');
    await window.getByLabel('Calendar file').setInputFiles({
      name: 'ana.ics',
      mimeType: 'text/calendar',
      buffer: Buffer.from(tuesdayText),
    });
    await window.getByRole('button', { name: 'Add colleague' }).click();
    await expect(
      window.getByRole('status').filter({ hasText: `Ana: ${hers.size} sessions of ana.ics matched` }),
    ).toBeVisible();
    await expect(window.getByRole('list', { name: 'Colleagues' }).getByRole('listitem', { name: 'Ana' })).toContainText(
      `${hers.size} sessions`,
    );

    // Coverage of my track: the sessions nobody attends exclude mine and Ana's.
    await window.getByRole('checkbox', { name: shared.track!, exact: true }).check();
    await window.getByRole('button', { name: 'Show coverage' }).click();
    const uncovered = window.getByRole('list', { name: 'Sessions nobody attends' }).locator('li');
    const coverage = teamCoverage(deps, [shared.track!]);
    await expect(window.getByRole('status').filter({ hasText: /covered/ })).toContainText(
      `${coverage.covered} covered, ${coverage.uncovered.length} nobody attends`,
    );
    const uncoveredKeys = await uncovered.evaluateAll((els) => els.map((e) => e.getAttribute('data-session-key')));
    expect(uncoveredKeys).not.toContain(shared.sessionKey);
    expect(uncoveredKeys.length).toBeGreaterThan(0);
    // Meet: slots when both of us are free, in the event's time.
    await window.getByRole('button', { name: 'Find free slots' }).click();
    await expect(window.getByRole('list', { name: 'Free slots' }).locator('li').first()).toContainText(
      /\d\d:\d\d–\d\d:\d\d/,
    );
    await window.getByRole('heading', { name: 'Colleagues' }).scrollIntoViewIfNeeded();
    await window.getByRole('heading', { level: 1, name: 'Team' }).evaluate((h) => h.scrollIntoView());
    await saveScreenshot(window, 'team', testInfo.project.name);

    // Share my agenda: notes stay private unless chosen.
    const target = path.join(dataDir, 'shared.ics');
    backend!.chooseSavePath = () => Promise.resolve(target);
    await window.getByRole('button', { name: 'Save for a colleague…' }).click();
    await expect(window.getByRole('status').filter({ hasText: `to ${target}` })).toBeVisible();
    const sharedText = fs.readFileSync(target, 'utf8');
    // Every star (mine and the For you one starred above), without the private note.
    expect(sharedText.match(/BEGIN:VEVENT/g)).toHaveLength(mine.length + 1);
    expect(sharedText).not.toContain('ask about the roadmap');

    // Who goes where: the session page, the agenda card and the timetable cell name Ana.
    await window.goto(`${window.url().split('#')[0]}#/session/${shared.sessionKey}`);
    await expect(window.locator('.team-going')).toHaveText(/Team: Ana/);
    // Pin it: kept first by Resolve conflicts, shown on the agenda.
    await window.getByRole('button', { name: `Pin “${shared.title}”`, exact: false }).click();
    await expect(window.getByRole('button', { name: /^Pinned: / })).toHaveAttribute('aria-pressed', 'true');
    expect([...listPins(db)]).toEqual([shared.sessionKey]);
    await window.getByRole('link', { name: 'My agenda' }).click();
    const card = window.locator(`.agenda-card[data-session-key="${shared.sessionKey}"]`);
    await expect(card.locator('.team-going')).toHaveText(/Team: Ana/);
    await expect(card.locator('.mark-pinned')).toHaveText('Pinned');
    // Watch recording on the card of a recorded session.
    const recordedCard = window.locator(`.agenda-card[data-session-key="${recordedMine.sessionKey}"]`);
    await recordedCard.getByRole('link', { name: 'Watch recording' }).click();
    const video = listSessionRecordings(deps).find((r) => r.sessionKey === recordedMine.sessionKey)!;
    await expect.poll(() => openedUrls).toContain(video.url);
    await saveScreenshot(window, 'agenda-team-pin', testInfo.project.name);

    await window.getByRole('link', { name: 'Timetable' }).click();
    // The grid draws only what is in view: a search for the title brings the session's cell up.
    await window.getByRole('searchbox', { name: 'Search sessions' }).fill(
      shared.title
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean)
        .slice(0, 5)
        .join(' '),
    );
    await window.locator(`#timetable-day-${shared.date}`).click();
    const cell = window.locator(`.tt-cell[data-session-key="${shared.sessionKey}"]`);
    await expect(cell).toHaveAttribute('data-team', /Ana/);
    await expect(cell).toHaveAttribute('aria-label', /pinned; team: Ana/);
    expect(recordedMine).toBe(shared);
    await expect(cell.getByRole('link', { name: 'Watch recording' })).toBeAttached();

    // Remove Ana: asked first, then Undo puts her back.
    await window.getByRole('link', { name: 'Team' }).click();
    const colleagues = window.getByRole('list', { name: 'Colleagues' });
    await colleagues.getByRole('button', { name: 'Remove…' }).click();
    await expect(colleagues.getByRole('listitem', { name: 'Ana' })).toBeVisible();
    await colleagues.getByRole('group', { name: 'Remove Ana?' }).getByRole('button', { name: 'Remove' }).click();
    await expect(window.getByText('No colleagues yet.')).toBeVisible();
    await expect.poll(() => teamOverlay(deps).length).toBe(0);
    await window.getByRole('button', { name: 'Undo' }).click();
    await expect(colleagues.getByRole('listitem', { name: 'Ana' })).toContainText(`${hers.size} sessions`);
    expect(teamOverlay(deps).length).toBe(hers.size);
  });
});
