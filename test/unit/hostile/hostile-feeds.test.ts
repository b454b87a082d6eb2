// The hostile feed corpus (test/fixtures/hostile/*.xml), each file through `kubeplan import` and the core loader.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadSource, scrapeLoaded } from '../../../src/core/use-cases/import-source';
import { parseFeed } from '../../../src/core/feed/parse-feed';
import { decodeDocument } from '../../../src/core/text/decode-document';
import { KubeplanError } from '../../../src/shared/errors';
import { BUNDLED_FEED, tempDir } from '../helpers';
import { HOSTILE, PASSWD_MARKER, cli, dumpDb, seededDb, writeTemp } from './hostile-helpers';

const LIMIT = 20_000;

let fetchSpy: ReturnType<typeof vi.fn>;
beforeEach(() => {
  // Any attempt to reach the network (XXE, external DTD) would go through fetch: fail loudly and count it.
  fetchSpy = vi.fn(() => Promise.reject(new Error('network access during a file import')));
  vi.stubGlobal('fetch', fetchSpy);
});
afterEach(() => {
  vi.unstubAllGlobals();
  expect(fetchSpy).not.toHaveBeenCalled();
});

async function coreError(file: string): Promise<KubeplanError> {
  try {
    scrapeLoaded(await loadSource(file));
  } catch (error) {
    expect(error).toBeInstanceOf(KubeplanError);
    return error as KubeplanError;
  }
  throw new Error(`${file} was accepted`);
}

/** A refused file: a KubeplanError naming it, a CLI message naming it, and the database byte-for-byte as before. */
async function expectRefused(name: string, reason: RegExp, file = path.join(HOSTILE, name)): Promise<string> {
  const error = await coreError(file);
  expect(error.where).toContain(path.basename(file));
  expect(error.message).toMatch(reason);
  const db = await seededDb();
  const before = dumpDb(db);
  for (const args of [
    ['import', file, '--db', db],
    ['import', file, '--dry-run', '--json', '--db', db],
  ]) {
    const run = await cli(args);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(path.basename(file));
    expect(run.stderr).toMatch(reason);
    expect(run.stdout + run.stderr).not.toMatch(PASSWD_MARKER);
  }
  expect(dumpDb(db)).toBe(before);
  return db;
}

interface Listed {
  sessionKey: string;
  title: string;
  url: string | null;
  abstract: string | null;
  speakers: { name: string; affiliation: string | null }[];
}

async function importAndList(file: string): Promise<Listed[]> {
  const db = path.join(tempDir(), 'kubeplan.db');
  const run = await cli(['import', file, '--db', db]);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  expect(dumpDb(db)).not.toMatch(PASSWD_MARKER);
  return JSON.parse((await cli(['list', '--json', '--db', db])).stdout) as Listed[];
}

const bundledTitles = async () =>
  scrapeLoaded(await loadSource(BUNDLED_FEED))
    .sessions.map((s) => s.title)
    .sort();

describe('hostile feeds: refused with a clear error, nothing stored changes', () => {
  it('billion-laughs.xml: entity declarations are refused before any expansion', { timeout: LIMIT }, async () => {
    await expectRefused('billion-laughs.xml', /declares XML entities/);
  });

  it('xxe-local-file.xml: /etc/passwd is never read into the database or output', { timeout: LIMIT }, async () => {
    const db = await expectRefused('xxe-local-file.xml', /declares XML entities/);
    expect(dumpDb(db)).not.toMatch(PASSWD_MARKER);
  });

  it(
    'xxe-network.xml: an external parameter entity is refused without touching the network',
    { timeout: LIMIT },
    async () => {
      await expectRefused('xxe-network.xml', /declares XML entities/);
    },
  );

  it(
    'truncated-feed.xml: names the line where the document stops and the elements left open',
    { timeout: LIMIT },
    async () => {
      const file = path.join(HOSTILE, 'truncated-feed.xml');
      const lines = fs.readFileSync(file, 'utf8').split('\n').length;
      await expectRefused('truncated-feed.xml', /ends before <description>, <item>, <channel>, <rss> are closed/);
      expect((await coreError(file)).where).toBe(`${file}:${lines}`);
    },
  );

  it('html-page-as-feed.xml: an HTML page is named as such', { timeout: LIMIT }, async () => {
    await expectRefused('html-page-as-feed.xml', /HTML page, not an RSS or Atom feed/);
  });

  it('empty.xml: zero bytes is an empty document, not a crash', { timeout: LIMIT }, async () => {
    await expectRefused('empty.xml', /empty/);
  });

  it('generated: 100,000 nested elements are refused by name, never a stack overflow', { timeout: LIMIT }, async () => {
    const depth = 100_000;
    const file = writeTemp(
      'deep.xml',
      `<?xml version="1.0"?><rss version="2.0"><channel><title>Deep</title><item><title>t</title><description>` +
        '<x>'.repeat(depth) +
        '</x>'.repeat(depth) +
        '</description></item></channel></rss>',
    );
    await expectRefused('deep.xml', /nested/i, file);
  });
});

describe('hostile feeds: parsed safely', () => {
  it('external-dtd.xml: the DOCTYPE is dropped unread and the feed imports', { timeout: LIMIT }, async () => {
    const sessions = await importAndList(path.join(HOSTILE, 'external-dtd.xml'));
    expect(JSON.stringify(sessions)).not.toMatch(PASSWD_MARKER);
    const source = scrapeLoaded(await loadSource(path.join(HOSTILE, 'external-dtd.xml')));
    expect(source.title).toBe('External DTD');
  });

  it('bom-utf8-feed.xml: the bundled feed behind a BOM gives the same sessions', { timeout: LIMIT }, async () => {
    const sessions = await importAndList(path.join(HOSTILE, 'bom-utf8-feed.xml'));
    expect(sessions.map((s) => s.title).sort()).toEqual(await bundledTitles());
  });

  it('utf16-feed.xml: the bundled feed in UTF-16LE gives the same sessions', { timeout: LIMIT }, async () => {
    const sessions = await importAndList(path.join(HOSTILE, 'utf16-feed.xml'));
    expect(sessions.map((s) => s.title).sort()).toEqual(await bundledTitles());
    expect(sessions.find((s) => s.sessionKey === '1ZiQB')?.speakers).toEqual([
      { name: 'Colin Griffin', affiliation: 'Krumware' },
    ]);
  });

  it('latin1-declared-feed.xml: ISO-8859-1 text is decoded (Café, Récap, Sébastien)', { timeout: LIMIT }, async () => {
    const file = path.join(HOSTILE, 'latin1-declared-feed.xml');
    const loaded = await loadSource(file);
    expect(loaded.text).toContain('Sébastien');
    const source = scrapeLoaded(loaded);
    expect(source.title).toBe('Café blog');
    const sessions = await importAndList(file);
    expect(sessions.map((s) => s.title)).toEqual(['Simplified Inner and Outer Cloud Native Developer Loops']);
    expect(sessions[0]!.speakers.map((s) => s.name)).toContain('Oleg Selajev');
    expect(JSON.stringify(sessions)).not.toMatch(/Ã|\uFFFD/);
  });

  it(
    'invalid-utf8-feed.xml: bad bytes cost one character each, the sessions are intact',
    { timeout: LIMIT },
    async () => {
      const file = path.join(HOSTILE, 'invalid-utf8-feed.xml');
      expect(decodeDocument(fs.readFileSync(file)).invalidSequences).toBe(2);
      // The two bad bytes are in a post's title: that title keeps the rest of its text.
      const feed = parseFeed((await loadSource(file)).text, file);
      expect(feed.items.map((i) => i.title)).toContain(
        '\uFFFD\uFFFD( Blog: Join the Infrastructure Lifecycle Working Group 💙',
      );
      const sessions = await importAndList(file);
      expect(sessions.map((s) => s.title).sort()).toEqual(await bundledTitles());
    },
  );

  it(
    'script-in-content-feed.xml: no markup, handlers or javascript:/data: links are stored',
    { timeout: LIMIT },
    async () => {
      const file = path.join(HOSTILE, 'script-in-content-feed.xml');
      const { sessions } = scrapeLoaded(await loadSource(file));
      // Only the real sched link is a session; the javascript: and data: anchors are not.
      expect(sessions.map((s) => s.sessionKey)).toEqual(['1YFfY']);
      const stored = await importAndList(file);
      expect(stored).toHaveLength(1);
      const session = stored[0]!;
      expect(session.title).toBe('Building a Platform Engineering API Layer with kcp');
      expect(session.speakers).toEqual([{ name: 'Marvin Beckers', affiliation: 'Kubermatic' }]);
      for (const s of [...sessions, ...stored]) {
        const text = [s.title, s.abstract ?? '', ...s.speakers.flatMap((p) => [p.name, p.affiliation ?? ''])].join(
          '\n',
        );
        expect(text).not.toMatch(/<[a-z/!]/i);
        expect(text).not.toMatch(/on(error|click)\s*=|javascript:|data:text|alert\(|display:none/i);
        expect(s.url).toMatch(/^https?:\/\//);
      }
    },
  );

  it(
    'script-in-abstract-feed.xml: script, style, iframe and handlers inside a session leave only its text',
    { timeout: LIMIT },
    async () => {
      const stored = await importAndList(path.join(HOSTILE, 'script-in-abstract-feed.xml'));
      expect(
        stored.map(({ sessionKey, title, url, speakers, abstract }) => ({
          sessionKey,
          title,
          url,
          speakers,
          abstract,
        })),
      ).toEqual([
        {
          sessionKey: '1YFfY',
          title: 'Building a Platform API Layer',
          url: 'https://kccnceu2024.sched.com/event/1YFfY',
          speakers: [{ name: 'Marvin Beckers', affiliation: 'Kubermatic' }],
          abstract:
            'An abstract that is long enough to count as an abstract here and it ends with a link, and more words so it is prose.',
        },
      ]);
    },
  );

  it('generated: a 50 MB feed is refused by size, promptly, before parsing', { timeout: LIMIT }, async () => {
    const bundled = fs.readFileSync(BUNDLED_FEED, 'utf8');
    const filler = `<item><title>Filler</title><link>https://blog.example/f</link><description>${'&lt;p&gt;Lorem ipsum dolor sit amet. '.repeat(20_000)}</description></item>`;
    const copies = Math.ceil((50 * 1024 * 1024) / filler.length);
    const big = bundled.replace('</channel>', `${filler.repeat(copies)}</channel>`);
    expect(big.length).toBeGreaterThan(50 * 1024 * 1024);
    await expectRefused('big.xml', /too large \(50 MB; the limit is 20 MB\)/, writeTemp('big.xml', big));
  });
});
