// Finds where the speakers are written around a session link: after a dash inside the link text
// ("Title - A, X & B, Y"), at the start of the text after the link ("- A from X & B from Y share…"),
// or before it ("A, B and C participated in a panel discussion - <link>"). The sched slug, which
// spells the speakers after the title, decides where the names end when it is there.
import type { SpeakerRef } from '../../shared/types';
import { japaneseSpeakers } from './japanese-speakers';
import { compact, slugAfterTitle } from './slug-text';
import { isRole, looksLikeName, parseSpeakerList } from './speakers';

const CONNECTORS = new Set(['from', 'the', 'at', 'and', 'with', 'of', 'by', 'de', 'van', 'von', 'der']);
const LEADING_SEPARATOR =
  /^[\s.,:;]*(?:[-–—|:]+\s*)?(?:(?:an?\s+)?(?:\d+-minutes?\s+)?(?:presentation|talk|session|demo|keynote|lightning talk|workshop)\s+(?=by\b))?(?:(?:led|presented|hosted|moderated|given|delivered|run|brought to you)\s+)?(?:by\s+|with\s+)?/i;

const TITLE_ENDINGS = /^(?:again|redux|reloaded|unplugged|edition|remix|returns|continues|forever|today|now)$/i;

export interface SplitTitle {
  title: string;
  speakers: SpeakerRef[] | null;
}

function slugAgrees(slug: string | null, title: string, speakers: SpeakerRef[], phrase: string): boolean {
  if (!slug) return true;
  const first = compact(speakers[0]!.name.replace(/["“”‘’][^"“”‘’]*["“”‘’]/g, ''));
  const whole = compact(slug);
  // Sched cuts long slugs mid-word ("…-at-scale-less"): a slug cut before the first name ends says
  // nothing about the words after the dash, so only speakers with companies make them names.
  const text = compact(`${title} ${phrase}`);
  if (whole.length >= 8 && whole.length < text.length && text.startsWith(whole)) {
    const cutAfterTitle = whole.slice(Math.min(compact(title).length, whole.length));
    if (cutAfterTitle.length < first.length) return speakers.every((s) => s.affiliation);
  }
  const after = slugAfterTitle(slug, title);
  if (after !== null) return after.startsWith(first.slice(0, 4));
  // A slug that spells neither this title nor the names ("virtual-project-office-hours-flux") says
  // nothing either way; one that spells the words after the dash has them as part of the title.
  return whole.includes(first) || !whole.includes(compact(phrase).slice(0, 12));
}

/** "Title - Speaker, Company & Speaker, Company" → title and speakers; the title alone when no list is there. */
export function splitLinkText(text: string, slug: string | null): SplitTitle {
  const separators = [...text.matchAll(/\s+(?:[-–—|]|by)\s+/g)].reverse();
  for (const sep of separators) {
    const title = text.slice(0, sep.index).trim();
    const phrase = text.slice(sep.index + sep[0].length);
    const speakers = parseSpeakerList(phrase, 4);
    // "… Powered by Cilium": after "by", only full names (two words or more) make a speaker list.
    const byOk = !/by/.test(sep[0]) || (speakers?.every((s) => s.name.includes(' ')) ?? false);
    if (title && speakers && byOk && slugAgrees(slug, title, speakers, phrase)) return { title, speakers };
  }
  // "GitOps Everything!? We Sure Can!, AppsFlyer": a company after the title's own last mark, no person;
  // a word that ends a title ("…(Part 2), Revisited", ", Explained") is no company.
  const company = /^(.*[!?.)"”’])\s*,\s*(\p{Lu}[\p{L}\d.&-]*)$/u.exec(text);
  const ending = company && (/\p{Ll}ed$/u.test(company[2]!) || TITLE_ENDINGS.test(company[2]!));
  return { title: company && !ending ? company[1]! : text, speakers: null };
}

function phraseBySlug(text: string, rest: string): string | null {
  let remaining = rest;
  let end = 0;
  for (const word of text.matchAll(/\S+/g)) {
    const c = compact(word[0]);
    if (c === '') continue;
    if (remaining.startsWith(c)) {
      remaining = remaining.slice(c.length);
      end = word.index + word[0].length;
      if (remaining === '') break;
    } else if (!CONNECTORS.has(c)) break;
  }
  return end > 0 ? text.slice(0, end) : null;
}

function phraseByShape(text: string): string | null {
  let end = 0;
  for (const word of text.matchAll(/\S+/g)) {
    const w = word[0].replace(/^[("“‘']+|[)"”’',;.:]+$/g, '');
    if (/^[-–—|]$/.test(word[0])) break;
    // "nVidia", "eBay", "iOS": a company may start in lower case before its capital.
    // "Dapr co-creator & co-founder Diagrid": a role in lower case is part of the speaker list.
    const capital = /^[\p{Lu}\d]|^\p{Ll}{1,2}\p{Lu}/u.test(w) || w === '&' || (w.length > 2 && isRole(w));
    if (!capital && !CONNECTORS.has(w.toLowerCase())) break;
    end = word.index + word[0].length;
    if (/[.:]$/.test(word[0])) break;
  }
  return end > 0 ? text.slice(0, end).replace(/(?:\s+(?:from|the|at|and|with|of|by|&))+\s*[,.;:]?$/i, '') : null;
}

/** The speakers named at the start of the text after a link, and the text after the separator. */
export function speakersAfter(
  text: string,
  slug: string | null,
  title: string,
): { speakers: SpeakerRef[] | null; rest: string; onlySpeakers: boolean } {
  const rest = text.replace(LEADING_SEPARATOR, '');
  if (!rest) return { speakers: null, rest, onlySpeakers: false };
  const japanese = japaneseSpeakers(rest, 'after');
  if (japanese) return { speakers: japanese, rest, onlySpeakers: false };
  const after = slug ? slugAfterTitle(slug, title) : null;
  const phrase = after ? phraseBySlug(rest, after) : phraseByShape(rest);
  if (!phrase) return { speakers: null, rest, onlySpeakers: false };
  const speakers = parseSpeakerList(phrase);
  // Without a slug to confirm them, one capitalized word ("This", "Watch") is not a speaker list.
  if (!speakers || (!after && !speakers.some((s) => s.name.includes(' '))))
    return { speakers: null, rest, onlySpeakers: false };
  return { speakers, rest, onlySpeakers: rest.slice(phrase.length).replace(/^[\s.,;:\-–—|]+/, '') === '' };
}

// "… will <link>showcase …</link>": the verb may be inside the link, leaving "will" before it.
const VERB =
  /^(.*?)[\s,]+(?:will(?:\s+be)?\s*$|will\s+do\b|(?:will\s+(?:be\s+)?)?(?:participated|presented|presenting|spoke|speak|speaking|talked|talk|gave|give|giving|hosted|host|joined|join|discussed|shared|share|demoed|demonstrate|showcase|delivered|deliver|dive|walk|took part|ran|led|lead|moderated|moderate)\b)/i;

/** "Alex Leong (@adleong), Linkerd core maintainer", "Prometheus team member Frederic Branczyk (@fredbrancz)":
 * handles dropped, and a role written before a name left out. */
function proseNames(phrase: string): string {
  return phrase
    .replace(/\s*\(@\w+\)/g, '')
    .replace(
      /(?:^|(?<=,\s*|\band\s+))(?:[\p{Lu}][\p{L}-]*\s+)?(?:team member|maintainer|contributor|engineer)\s+(?=\p{Lu})/gu,
      '',
    )
    .trim();
}

/**
 * "[Harbor lightening talk](x) - [Daojun Zhang](stonezdj - [Title](x)": between two links to the same
 * session, a bare list of full names (a Markdown link the post left half-written is read as its text).
 */
export function speakersBetween(text: string): SpeakerRef[] | null {
  const phrase = text
    .replace(/\[([^\]]*)\]\([^)\s]*\)?/g, '$1')
    .replace(/^[\s\-–—|:]+|[\s\-–—|:]+$/g, '')
    .trim();
  if (!phrase || phrase.length > 160) return null;
  const speakers = parseSpeakerList(phrase, 4);
  return speakers && speakers.every((s) => s.name.includes(' ')) ? speakers : null;
}

/**
 * Speakers written before the link: "Lian, Thomas, Mauricio and Atul participated in a panel
 * discussion - <link>", or "Jane Doe (Acme): <link>". The slug, when there is one, must name them.
 */
export function speakersBefore(text: string, slug: string | null): SpeakerRef[] | null {
  const trimmed = text.trim();
  const japanese = japaneseSpeakers(trimmed, 'before');
  if (japanese) return japanese;
  const verb = VERB.exec(trimmed);
  const lead = verb ? null : /^(.{3,160}?)\s*[:\-–—|]\s*$/.exec(trimmed);
  const phrase = verb ? proseNames(verb[1]!) : lead?.[1];
  if (!phrase) return null;
  const speakers = parseSpeakerList(phrase);
  if (!speakers || !speakers.every((s) => looksLikeName(s.name))) return null;
  // "Platform Engineering Day: <link>" reads like a name too: a leading list needs the slug to name
  // its first speaker, or companies to show it is a list of people.
  if (lead && (slug ? !compact(slug).includes(compact(speakers[0]!.name)) : !speakers.every((s) => s.affiliation)))
    return null;
  return speakers;
}
