// Planning help in the window, over the real handler table and the KubeCon EU 2026 export: More like
// this and Watch recording on a session page, Resolve conflicts (a diff, Apply, Undo), Missed, and the
// agenda printed to PDF by Chromium with its text read back.
import fs from 'node:fs';
import path from 'node:path';
import { applyImport } from '../../src/core/store/apply-import';
import { listEntries, setNote, setStarsTo } from '../../src/core/store/agenda';
import { listSessions } from '../../src/core/store/read-sessions';
import { importRecordings, listSessionRecordings } from '../../src/core/use-cases/recordings';
import { schedRecords } from '../support/sched-records';
import { ROOT, expect, saveScreenshot, test } from './fixtures';

const ALL = path.join(ROOT, 'test', 'fixtures', 'schedules', 'sched-kccnceu2026-all.ics');
const YOUTUBE = path.join(ROOT, 'test', 'fixtures', 'recordings', 'youtube-kubecon-eu-2026.xml');

/** The text of every page of a PDF, read with pdf.js. */
async function pdfPages(bytes: Buffer): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n += 1) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  return pages;
}

test.describe('plan for me', () => {
  test('more like this, watch recording, resolve conflicts with undo, missed, and a printed agenda', async ({
    window,
    backend,
  }, testInfo) => {
    test.skip(backend === null, 'needs the handler context behind the window (Chromium project)');
    const db = backend!.db!;
    applyImport(db, { source: { kind: 'schedule', location: ALL, title: 'Sched' }, sessions: schedRecords(ALL) });
    importRecordings({ db }, { text: fs.readFileSync(YOUTUBE, 'utf8'), name: YOUTUBE });
    const sessions = listSessions(db).filter((s) => s.event?.includes('2026') && s.start && s.room);
    const recorded = new Set(listSessionRecordings({ db }).map((r) => r.sessionKey));
    // Two talks at one time on Wednesday, one recorded: a conflict the plan must resolve.
    const wednesday = sessions.filter((s) => s.date === '2026-03-25');
    const a = wednesday.find(
      (s) => recorded.has(s.sessionKey) && wednesday.some((b) => b.start === s.start && b !== s),
    )!;
    const b = wednesday.find((s) => s.start === a.start && s !== a && !recorded.has(s.sessionKey))!;
    // An hour after both, so walking time never ties it to either.
    const hourAfter = Math.max(Date.parse(a.end!), Date.parse(b.end!)) + 3600_000;
    // A plain-text title: the PDF's fonts carry no emoji.
    const later = wednesday.find(
      (s) => Date.parse(s.start!) > hourAfter && s.kind === 'talk' && s.speakers.length > 0 && /^[ -~]+$/.test(s.title),
    )!;
    setStarsTo(db, [a.sessionKey, b.sessionKey, later.sessionKey], 'going');
    setNote(db, later.sessionKey, 'ask about the roadmap');
    backend!.now = () => new Date('2026-03-25T20:00:00Z');
    await window.reload();

    // The recorded session's page: Watch recording, and More like this with reasons.
    await window.goto(`${window.url().split('#')[0]}#/session/${a.sessionKey}`);
    await expect(window.getByRole('heading', { name: a.title, level: 1 })).toBeVisible();
    await expect(window.getByRole('link', { name: 'Watch recording' })).toBeVisible();
    const similar = window.locator('.similar-list li');
    await expect(similar.first()).toBeVisible();
    expect(await similar.count()).toBeGreaterThanOrEqual(5);
    await expect(similar.first().locator('.reasons')).toHaveText(/also about|same track|same speaker|same company/);
    await saveScreenshot(window, 'session-more-like-this', testInfo.project.name);

    // Resolve conflicts: the diff first, nothing changed until Apply; then Undo.
    const before = listEntries(db);
    await window.getByRole('link', { name: 'Plan for me' }).click();
    await window.getByRole('button', { name: 'Resolve conflicts' }).click();
    const dialog = window.getByRole('dialog', { name: 'Proposed plan' });
    await expect(dialog).toBeVisible();
    // The recorded one is dropped: it can be watched later.
    await expect(dialog.locator('.diff-dropped', { has: window.locator('del', { hasText: a.title }) })).toContainText(
      `overlaps “${b.title}” (going)`,
    );
    await expect(dialog.locator('.diff-kept', { hasText: b.title })).toBeVisible();
    await saveScreenshot(window, 'resolve-conflicts', testInfo.project.name);
    expect(listEntries(db)).toEqual(before);
    await dialog.getByRole('button', { name: 'Apply' }).click();
    await expect(window.getByRole('status').filter({ hasText: 'Plan applied' })).toBeVisible();
    expect(listEntries(db).find((e) => e.sessionKey === a.sessionKey)).toBeUndefined();
    await window.getByRole('button', { name: 'Undo' }).click();
    await expect(window.getByRole('status').filter({ hasText: 'Plan applied' })).toHaveCount(0);
    await expect.poll(() => listEntries(db)).toEqual(before);

    // Missed: it is evening on Wednesday; the recorded session comes first, with its link.
    const missed = window.getByRole('region', { name: 'Missed' }).locator('li');
    await expect(missed.first()).toContainText(a.title);
    await expect(missed.first().getByRole('link', { name: 'Watch recording' })).toBeVisible();

    // The agenda printed to PDF: one page per day, the sessions with room and note, no controls.
    await window.getByRole('link', { name: 'My agenda' }).click();
    await expect(window.getByText(later.title).first()).toBeVisible();
    await window.emulateMedia({ media: 'print' });
    const pages = await pdfPages(await window.pdf({ format: 'A4', printBackground: false }));
    // pdf.js splits lines and ligatures (con fl ict) into pieces: compare without white space.
    const bare = (t: string) => t.replace(/\s+/g, '');
    const text = bare(pages.join(''));
    for (const wanted of [a.title, b.title, later.title, later.room!, 'ask about the roadmap', 'Wednesday']) {
      expect(text.toLowerCase()).toContain(bare(wanted).toLowerCase());
    }
    expect(text).not.toContain('Exportagenda');
    expect(text).not.toContain('Onnow');
    expect(pages.filter((p) => bare(p).includes(bare(later.title))).length).toBe(1);
  });
});
