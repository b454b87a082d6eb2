// Speakers a Japanese post names in its prose: "GoogleのJane Doeが<link>について話します",
// "<link>では、DatadogのAとGoogleのBが…", "Jane Doe（Google）による…". Each speaker is "Companyの
// Name", "Name（Company）" or a bare name, joined by と or 、, and the list ends at が, は or による.
import type { SpeakerRef } from '../../shared/types';
import { looksLikeName } from './speakers';

const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
// A name written in Latin letters ("Jane Doe", "Juraci Paixão Kröhling"), with an optional さん/氏.
const UNIT =
  /^(?:(.+?)の)?(\p{Lu}[\p{L}.'’-]*(?:[ \u3000]+\p{Lu}[\p{L}.'’-]*){0,3})(?:さん|氏)?\s*(?:[（(]([^）)]+)[）)])?$/u;
// Particles and marks a company name never holds: what is before them is the sentence, not the company.
const SENTENCE_BREAK = /[はでにをがもへや、。：:「」]/u;
const LIST_END = /(?:さん|氏)?(?:が|は|による|によって|から)/u;

function unit(text: string): SpeakerRef | null {
  const m = UNIT.exec(text.trim());
  // A full name (two words or more): "OpenTelemetryが" is the project, not a person.
  if (!m || !/[ \u3000]/.test(m[2]!) || !looksLikeName(m[2]!)) return null;
  const company = m[3] ?? m[1]?.split(SENTENCE_BREAK).pop()?.trim();
  return { name: m[2]!.replace(/\u3000/g, ' '), affiliation: company || null };
}

/** The speakers of a list the text ends with (before the link) or starts with (after it), or null. */
export function japaneseSpeakers(text: string, where: 'before' | 'after'): SpeakerRef[] | null {
  if (!JAPANESE.test(text)) return null;
  let phrase: string;
  if (where === 'before') {
    const end = new RegExp(`${LIST_END.source}[\\s「『]*$`, 'u').exec(text);
    if (!end) return null;
    phrase = text.slice(0, end.index);
  } else {
    const start = text.replace(/^[\s、。：:]*(?:では|で|は)?[、\s]*/u, '');
    const end = LIST_END.exec(start.slice(0, 200));
    if (!end) return null;
    phrase = start.slice(0, end.index);
  }
  // Read from the list's end back: the first piece that is not a speaker is the sentence around it.
  const pieces = phrase.split(/と|、|および|及び/u);
  const speakers: SpeakerRef[] = [];
  for (let i = pieces.length - 1; i >= 0; i -= 1) {
    const speaker = unit(pieces[i]!);
    if (!speaker) break;
    speakers.unshift(speaker);
  }
  return speakers.length > 0 ? speakers : null;
}
