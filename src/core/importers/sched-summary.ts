// Splits a Sched SUMMARY "Title - Name, Role, Company & Name, Company; Name & Name, Company" into title and speakers.
import type { SpeakerRef } from '../../shared/types';
import { cleanText } from '../text/normalize';

export interface SchedSummary {
  title: string;
  speakers: SpeakerRef[];
}

const PERSON = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}$/u;
const TITLE_WORDS = new Set([
  'the',
  'a',
  'an',
  'of',
  'for',
  'with',
  'and',
  'to',
  'in',
  'on',
  'way',
  'day',
  'event',
  'session',
  'talk',
  'workshop',
  'edition',
  'part',
  'deep',
  'dive',
  'intro',
  'introduction',
  'update',
  'updates',
  'panel',
  'keynote',
  'demo',
  'q&a',
  'ama',
  'live',
  'summit',
  'track',
  'am',
  'pm',
]);
const NAME = /^[\p{L}\p{M}][\p{L}\p{M}'’.\- ]{0,60}$/u;

function looksLikeName(text: string): boolean {
  const words = text.split(/\s+/);
  return NAME.test(text) && words.length >= 1 && words.length <= 6;
}

/**
 * Speakers from the part after the title, or null when it does not read as a speaker list. Groups are
 * separated by ";" or " & "; within a group "A & B, Company" shares one company; the company is the
 * last comma-separated field ("Name, Role, Company").
 */
export function parseSchedSpeakers(text: string): SpeakerRef[] | null {
  const speakers: SpeakerRef[] = [];
  for (const group of text.split(/\s*;\s*/)) {
    const pending: string[] = [];
    for (const part of group.split(/\s+&\s+/)) {
      const fields = part
        .split(/\s*,\s*/)
        .map((f) => f.trim())
        .filter(Boolean);
      if (fields.length === 0) return null;
      const name = fields[0]!;
      if (!looksLikeName(name)) return null;
      if (fields.length === 1) {
        pending.push(name);
        continue;
      }
      const affiliation = cleanText(fields[fields.length - 1]);
      for (const earlier of pending.splice(0)) speakers.push({ name: earlier, affiliation });
      speakers.push({ name, affiliation });
    }
    // Names with no company after them ("Jane Doe & John Roe") are still speakers.
    for (const name of pending) speakers.push({ name, affiliation: null });
  }
  if (speakers.some((s) => s.affiliation)) return speakers;
  // Without any company, accept only what reads as people's names ("Katherine Druckman"), not a
  // subtitle ("The Hard Way", "Full-Day Event").
  return speakers.every((s) => PERSON.test(s.name) && !s.name.split(' ').some((w) => TITLE_WORDS.has(w.toLowerCase())))
    ? speakers
    : null;
}

export function parseSchedSummary(summary: string): SchedSummary {
  const text = cleanText(summary) ?? '';
  // Only the last " - " can start the speaker list; earlier ones belong to the title.
  const at = text.lastIndexOf(' - ');
  const speakers = at > 0 ? parseSchedSpeakers(text.slice(at + 3)) : null;
  return speakers ? { title: text.slice(0, at).trim(), speakers } : { title: text, speakers: [] };
}
