// fast-check arbitraries shared by the hostile property tests: mutations of real files and the "only our errors" check.
import fc from 'fast-check';
import { expect } from 'vitest';
import { KubeplanError } from '../../../src/shared/errors';

/** Text that stresses parsers: markup, quotes, separators, line ends, entities, and any Unicode. */
export const nastyText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '<',
    '>',
    '&',
    '&amp;',
    '&#0;',
    '&#x110000;',
    '&bogus;',
    '"',
    "'",
    ',',
    ';',
    '\t',
    '\r',
    '\n',
    '\r\n',
    '\\',
    '<![CDATA[',
    ']]>',
    '<!--',
    '-->',
    '<?xml version="1.0"?>',
    '<!DOCTYPE x [<!ENTITY a "b">]>',
    '{',
    '}',
    '[',
    ']',
    ':',
    'null',
    '"startsAt":',
    'BEGIN:VEVENT',
    'END:VEVENT',
    'DTSTART:',
    'DTSTART;TZID=Mars/X:20240230T250000',
    '=HYPERLINK("x")',
    '0000-00-00',
    '2024-02-30',
    '\uFEFF',
    '\uFFFD',
    '\u0000',
    '\uD800',
  ),
);

export type Mutation =
  | { kind: 'cut'; at: number }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'duplicate'; at: number; length: number }
  | { kind: 'swap-lines'; a: number; b: number };

const position = fc.double({ min: 0, max: 1, noNaN: true });

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('cut' as const), at: position }),
  fc.record({ kind: fc.constant('delete' as const), at: position, length: fc.integer({ min: 1, max: 400 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: position, text: nastyText }),
  fc.record({ kind: fc.constant('duplicate' as const), at: position, length: fc.integer({ min: 1, max: 2000 }) }),
  fc.record({ kind: fc.constant('swap-lines' as const), a: position, b: position }),
);

export function mutate(text: string, m: Mutation): string {
  const at = 'at' in m ? Math.floor(m.at * text.length) : 0;
  switch (m.kind) {
    case 'cut':
      return text.slice(0, at);
    case 'delete':
      return text.slice(0, at) + text.slice(at + m.length);
    case 'insert':
      return text.slice(0, at) + m.text + text.slice(at);
    case 'duplicate':
      return text.slice(0, at + m.length) + text.slice(at, at + m.length) + text.slice(at + m.length);
    case 'swap-lines': {
      const lines = text.split('\n');
      const a = Math.floor(m.a * lines.length);
      const b = Math.floor(m.b * lines.length);
      [lines[a], lines[b]] = [lines[b]!, lines[a]!];
      return lines.join('\n');
    }
  }
}

export const mutations = fc.array(mutation, { minLength: 1, maxLength: 4 });

export function applyAll(text: string, ms: Mutation[]): string {
  return ms.reduce(mutate, text);
}

/** Runs `fn`; anything it throws must be the project's typed error. Returns what it returned, or null. */
export function onlyKubeplanErrors<T>(fn: () => T): T | null {
  try {
    return fn();
  } catch (error) {
    if (!(error instanceof KubeplanError)) {
      expect.fail(`threw ${(error as Error)?.name}: ${(error as Error)?.message}\n${(error as Error)?.stack ?? ''}`);
    }
    return null;
  }
}
