import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeDocument } from '../../../../src/core/text/decode-document';
import { BUNDLED_FEED, FIXTURES } from '../../helpers';

const hostile = (name: string) => fs.readFileSync(path.join(FIXTURES, 'hostile', name));
const bundled = fs.readFileSync(BUNDLED_FEED, 'utf8');

describe('decodeDocument', () => {
  it('reads plain UTF-8 unchanged', () => {
    expect(decodeDocument(fs.readFileSync(BUNDLED_FEED))).toEqual({
      text: bundled,
      encoding: 'utf-8',
      invalidSequences: 0,
    });
  });

  it('drops a UTF-8 byte-order mark', () => {
    expect(decodeDocument(hostile('bom-utf8-feed.xml')).text).toBe(bundled);
  });

  it('reads UTF-16 by its byte-order mark', () => {
    const decoded = decodeDocument(hostile('utf16-feed.xml'));
    expect(decoded.encoding).toBe('utf-16le');
    expect(decoded.text).toBe(bundled);
  });

  it('honours an XML declaration of ISO-8859-1', () => {
    const decoded = decodeDocument(hostile('latin1-declared-feed.xml'));
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.text).toContain('<title>Café blog</title>');
    expect(decoded.text).toContain('Sébastien');
    expect(decoded.invalidSequences).toBe(0);
  });

  it('replaces invalid UTF-8 and counts it instead of failing', () => {
    const decoded = decodeDocument(hostile('invalid-utf8-feed.xml'));
    expect(decoded.invalidSequences).toBe(2);
    expect(decoded.text).toContain('<title>\uFFFD\uFFFD( Blog: Join');
  });

  it('does not count a replacement character the file really contains', () => {
    expect(decodeDocument(Buffer.from('a\uFFFDb', 'utf8')).invalidSequences).toBe(0);
  });

  it('falls back to UTF-8 for an encoding name nobody knows', () => {
    const decoded = decodeDocument(Buffer.from('<?xml version="1.0" encoding="x-klingon"?><rss/>'));
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text).toContain('<rss/>');
  });
});
