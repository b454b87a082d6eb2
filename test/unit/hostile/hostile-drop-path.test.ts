// Every hostile corpus file through the app's path for a dropped or opened file: decoded, previewed, imported.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importSource, previewImport } from '../../../src/core/use-cases/import-source';
import { applyImport } from '../../../src/core/store/apply-import';
import { decodeDocument } from '../../../src/core/text/decode-document';
import { KubeplanError } from '../../../src/shared/errors';
import { record, tempDb } from '../helpers';
import { HOSTILE, PASSWD_MARKER, dumpDb } from './hostile-helpers';

const FILES = fs.readdirSync(HOSTILE).filter((f) => f !== 'README.md');

/** Sessions a file gives, or the reason it is refused: decided per file, so a silent change of outcome fails. */
const OUTCOME: Record<string, number | RegExp> = {
  'billion-laughs.xml': /declares XML entities/,
  'bom-utf8-feed.xml': 27,
  'broken-dates.ics': /broken-dates\.ics:10 DTSTART: cannot read time "2024-02-30T10:00:00Z" \(and 4 more\)/,
  'empty.xml': /empty\.xml: the file is empty/,
  'external-dtd.xml': 1,
  'formula-injection.csv': /carry no time zone/,
  'html-page-as-feed.xml': /HTML page/,
  'invalid-utf8-feed.xml': 27,
  'latin1-declared-feed.xml': 1,
  'script-in-abstract-feed.xml': 1,
  'script-in-content-feed.xml': 1,
  'truncated-feed.xml': /truncated-feed\.xml:221: the document ends before/,
  'utf16-feed.xml': 27,
  'xxe-local-file.xml': /declares XML entities/,
  'xxe-network.xml': /declares XML entities/,
};

describe('hostile files dropped on the app (previewImport / importSource)', () => {
  it.each(FILES)(
    '%s: previewed and imported, or refused by name with nothing changed',
    { timeout: 20_000 },
    async (name) => {
      const { db, file } = tempDb();
      applyImport(db, {
        source: { kind: 'schedule', location: 'file:seed.csv', title: 'seed' },
        sessions: [record({ sessionKey: 'seed-1' })],
      });
      const before = dumpDb(file);
      const text = decodeDocument(fs.readFileSync(path.join(HOSTILE, name))).text;
      for (const step of [() => previewImport({ db }, { name, text }), () => importSource({ db }, { name, text })]) {
        try {
          const summary = await step();
          expect(JSON.stringify(summary)).not.toMatch(PASSWD_MARKER);
        } catch (error) {
          expect(error).toBeInstanceOf(KubeplanError);
          expect((error as KubeplanError).where ?? '').toContain(name);
          expect(dumpDb(file)).toBe(before);
        }
      }
      expect(dumpDb(file)).not.toMatch(PASSWD_MARKER);
      const expected = OUTCOME[name];
      if (typeof expected === 'number')
        expect((await importSource({ db }, { name, text })).counts.unchanged).toBe(expected);
      else await expect(importSource({ db }, { name, text })).rejects.toThrow(expected);
    },
  );

  it('knows the outcome of every corpus file', () => {
    expect(Object.keys(OUTCOME).sort()).toEqual([...FILES].sort());
  });
});
