// Splits a Sched SUMMARY "Title - Name, Role, Company & Name, Company; Name & Name, Company" into title
// and speakers, split only where the rest reads as a speaker list, checked against the whole export.
import type { SpeakerRef } from '../../shared/types';
import { cleanText } from '../text/normalize';
import { isRole } from './sched-roles';

export interface SchedSummary {
  title: string;
  speakers: SpeakerRef[];
}

/**
 * What the whole export says about a text: how often it stands where a speaker's name stands and
 * where a company stands. "Alice Frosi" closing a list of names is a speaker because other sessions
 * name her as one; "Red Hat" is a company because it only ever follows names.
 */
export interface SpeakerEvidence {
  asName: Map<string, number>;
  asCompany: Map<string, number>;
}

const NO_EVIDENCE: SpeakerEvidence = { asName: new Map(), asCompany: new Map() };

/** Words of titles and subtitles ("All Ages", "The Hard Way", "Full-Day Event"), never of names. */
const TITLE_WORDS = new Set(
  (
    'the of for with and to in on at by is are how what why your our my new next now vs more way day days ' +
    'event events session sessions talk talks workshop edition part parts deep dive intro introduction update ' +
    'updates panel keynote demo q&a ama live summit track am pm all ages age kids adults teens family ' +
    'beginner beginners advanced intermediate open closed only free welcome overview recap continued ' +
    'room lounge hall hour hours night morning afternoon evening show game games party meetup social ' +
    'break lunch breakfast dinner coffee registration pass required full-day half-day round table ' +
    'roundtable lab labs hands-on tutorial opening closing remarks everyone anyone i ii iii iv 18+ 21+'
  ).split(' '),
);
const NAME = /^[\p{L}\p{M}][\p{L}\p{M}'’.\- ()"“”]{0,60}$/u;
const PARTICLE = /^(?:van|von|de|da|di|del|der|den|la|le|du|dos|das|bin|al|el|y|zu)$/;

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

function looksLikeName(text: string): boolean {
  const count = words(text).length;
  return NAME.test(text) && count >= 1 && count <= 6 && !isRole(text);
}

/** Reads as a person's name with nothing else to vouch for it: "Katherine Druckman", not "All Ages". */
function personLike(name: string): boolean {
  const parts = words(name);
  return (
    parts.length >= 2 &&
    parts.length <= 5 &&
    parts.every((w) => /^[\p{Lu}"“(]/u.test(w) || PARTICLE.test(w)) &&
    !parts.some((w) => TITLE_WORDS.has(w.toLowerCase()))
  );
}

function hasTitleWord(name: string): boolean {
  return words(name).some((w) => TITLE_WORDS.has(w.toLowerCase()));
}

function isKnownPerson(text: string, evidence: SpeakerEvidence): boolean {
  const asName = evidence.asName.get(text) ?? 0;
  return asName > 0 && asName >= (evidence.asCompany.get(text) ?? 0);
}

/** "Katherine Druckman and Lori Lorusso" → both; "Cloud and Infrastructure" stays one text. */
function splitAnd(field: string): string[] {
  const parts = field.split(/\s+and\s+/i);
  return parts.length > 1 && parts.every(personLike) ? parts : [field];
}

/** The places a speaker list may start, last first: " - ", and the typos "?- Name" and " -Name". */
function separators(text: string): { at: number; length: number }[] {
  return [...text.matchAll(/\s+-\s+|(?<=[?!.)])-\s+|\s+-(?=\p{Lu})/gu)]
    .map((match) => ({ at: match.index, length: match[0].length }))
    .reverse();
}

/** The comma-separated fields of one speaker; "Databricks and Leonardo da Mata" is a company, then a name. */
function fieldsOf(part: string): string[] {
  return part
    .split(/\s*,\s*/)
    .map((f) => f.trim())
    .filter(Boolean)
    .flatMap((field) => {
      const split = /^(.+?)\s+and\s+(.+)$/i.exec(field);
      return split && !personLike(split[1]!) && personLike(split[2]!) ? [split[1]!, `and ${split[2]!}`] : [field];
    });
}

/**
 * Speakers from the part after the title, or null when it does not read as a speaker list. Groups are
 * separated by ";" or " & "; within a group "A & B, Company" shares one company; the company is the
 * last comma-separated field ("Name, Role, Company") unless that is a role ("Name, Maintainer"); a
 * part that starts with a role ("Founder & CEO, Solo.io") is the previous speaker's; fields that are
 * people ("A, B, and C, Company", or names the export knows as speakers) are several speakers.
 */
export function parseSchedSpeakers(
  text: string,
  evidence: SpeakerEvidence = NO_EVIDENCE,
  description = '',
): SpeakerRef[] | null {
  const speakers: SpeakerRef[] = [];
  const vouched = new Set<string>();
  for (const group of text.split(/\s*;\s*/)) {
    const pending: string[] = [];
    for (const part of group.split(/\s+&\s+/)) {
      const fields = fieldsOf(part);
      if (fields.length === 0) return null;
      const last = fields[fields.length - 1]!;
      if (isRole(fields[0]!)) {
        const previous = speakers[speakers.length - 1];
        if (!previous || pending.length > 0) return null;
        vouched.add(previous.name);
        if (!previous.affiliation && fields.length > 1 && !isRole(last)) previous.affiliation = cleanText(last);
        continue;
      }
      // The fields up to the last one that is a person are all names; after them, roles and the company.
      let namesEnd = 0;
      fields.forEach((field, i) => {
        if (i > 0 && (/^and\s/i.test(field) || isKnownPerson(field, evidence))) namesEnd = i;
      });
      // Inside that run, "A, Tetrate, B, and C, Isovalent": a field that is no person is the company of
      // the names before it.
      for (const [i, field] of fields.slice(0, namesEnd + 1).entries()) {
        const bare = field.replace(/^and\s+/i, '');
        const person = i === 0 || isKnownPerson(bare, evidence) || personLike(bare) || /^and\s/i.test(field);
        if (!person && !isRole(bare)) {
          if (pending.length === 0) return null;
          for (const name of pending.splice(0)) {
            speakers.push({ name, affiliation: cleanText(bare) });
            vouched.add(name);
          }
          continue;
        }
        for (const name of splitAnd(bare)) {
          if (!looksLikeName(name)) return null;
          if (hasTitleWord(name) && !isKnownPerson(name, evidence)) return null;
          pending.push(name);
        }
      }
      const after = fields.slice(namesEnd + 1);
      if (after.length === 0) continue;
      const company = isRole(last) ? null : cleanText(last);
      for (const name of pending.splice(0)) {
        speakers.push({ name, affiliation: company });
        vouched.add(name);
      }
    }
    for (const name of pending) speakers.push({ name, affiliation: null });
  }
  if (speakers.length === 0) return null;
  // A name with no company or role after it must read as a person's name ("Katherine Druckman", not
  // a subtitle such as "All Ages"), be a speaker elsewhere in the export, or be named in the abstract.
  const believable = (name: string) =>
    vouched.has(name) || personLike(name) || isKnownPerson(name, evidence) || description.includes(name);
  return speakers.every((s) => believable(s.name)) ? speakers : null;
}

/** Tallies where each text stands in the speaker lists of every SUMMARY of one export. */
export function schedEvidence(summaries: readonly string[]): SpeakerEvidence {
  const evidence: SpeakerEvidence = { asName: new Map(), asCompany: new Map() };
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const summary of summaries) {
    const text = cleanText(summary) ?? '';
    const [last] = separators(text);
    if (!last) continue;
    const parts = text
      .slice(last.at + last.length)
      .split(/\s*;\s*|\s+&\s+/)
      .map(fieldsOf);
    const listed = parts.some((fields) => fields.length > 1);
    for (const fields of parts) {
      const [first] = fields;
      if (!first || isRole(first)) continue;
      const named = [first, ...fields.filter((f) => /^and\s/i.test(f)).map((f) => f.slice(4).trim())];
      for (const name of named.flatMap(splitAnd)) {
        if (looksLikeName(name) && (listed ? !hasTitleWord(name) : personLike(name))) bump(evidence.asName, name);
      }
      const company = fields[fields.length - 1]!;
      if (fields.length > 1 && !isRole(company) && !/^and\s/i.test(company)) bump(evidence.asCompany, company);
    }
  }
  return evidence;
}

export function parseSchedSummary(
  summary: string,
  evidence: SpeakerEvidence = NO_EVIDENCE,
  description = '',
): SchedSummary {
  const text = cleanText(summary) ?? '';
  for (const { at, length } of separators(text)) {
    if (at === 0) break;
    const rest = text.slice(at + length);
    const speakers = parseSchedSpeakers(rest, evidence, description);
    if (speakers) return { title: text.slice(0, at).trim(), speakers };
    // "… & Yann Rotilio, Senior Staff Engineer - Kubernetes Specialist, SNCF": a role after a dash is
    // still the speaker's; look one dash further back. Anything else after a dash is the title's.
    if (!isRole(rest.split(/\s*[,;&]\s*/)[0] ?? '')) break;
  }
  return { title: text, speakers: [] };
}
