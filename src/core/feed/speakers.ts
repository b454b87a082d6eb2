// Reads speaker lists in the forms posts write them: "A from X & B from Y", "A & B from X",
// "A, X; B, Y", "A, X & B, Y", "A (X)", "A, Role, X", lists ending in "and", nicknames in quotes.
import type { SpeakerRef } from '../../shared/types';
import { cleanText } from '../text/normalize';

const LIST_SEPARATOR = /\s*(?:,\s*(?:and|&)\s+|,|\s+&\s+|\s+and\s+)\s*/i;
const AND_SEPARATOR = /\s*(?:,\s*(?:and|&)\s+|\s+&\s+|\s+and\s+)\s*/i;
const FIRST_SEPARATOR = /\s*(?:,\s*(?:and|&)\s+|,|\s+&\s+|\s+and\s+)\s*/i;
const AFFILIATION_WORD = /\s+(?:from|at)\s+/i;
const PARTICLES = new Set([
  'van',
  'von',
  'der',
  'den',
  'de',
  'da',
  'di',
  'du',
  'la',
  'le',
  'del',
  'dos',
  'das',
  'bin',
  'al',
  'y',
  'ter',
  'ten',
  'zu',
]);
const NOT_NAMES =
  /\b(?:tbd|tba|leads?|group|wg|team|members?|community|speakers?|panelists?|maintainers?|contributors|sponsors?|everyone|others|this|these|the|our|we|you|talks?|sessions?|panel|keynotes?|workshops?|tutorials?|lightning|recap|update|video|slides)\b/i;

// A company's own abbreviation keeps its period ("Kong Inc.", "Nike, Inc.").
const ABBREVIATION_END = /\b(?:Inc|Ltd|Corp|Co|Jr|Sr|S\.A|B\.V|N\.V|e\.V)\.$/;

function clean(text: string): string {
  const trimmed = text.replace(/^[\s,;:&\-–—]+|[\s,;:.\-–—]+$/g, '');
  const kept = ABBREVIATION_END.test(text.trim()) ? `${trimmed}.` : trimmed;
  return kept.replace(/^(?:and|by|with)\s+/i, '').trim();
}

/** True for something that reads like a person's name: capitalized words, particles, a nickname in quotes. */
export function looksLikeName(name: string, maxWords = 5): boolean {
  const words = name.split(/\s+/).filter((w) => !/^["“”'‘’(].*["“”'‘’)]$/.test(w));
  if (words.length === 0 || words.length > maxWords) return false;
  if (NOT_NAMES.test(name) || /\d|[!?:@/]/.test(name)) return false;
  // "OpenTelemetry社区更新": the other half of a bilingual title, not a name.
  if (/\p{Script=Latin}[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(name)) return false;
  return words.every((w, i) => /^\p{Lu}/u.test(w) || (i > 0 && PARTICLES.has(w)));
}

// Roles and job titles a post writes where a company could stand; they are not affiliations.
const ROLE =
  /^(?:(?:senior|staff|principal|lead|chief|head|core|co-?)\s+)*(?:maintainers?|contributors?|co-?chairs?|chairs?|cncf ambassadors?|ambassadors?|community managers?|(?:software|site reliability|infrastructure|platform|staff|devops|solutions?|field|developer|cloud|security)\s+(?:engineers?|architects?)|engineers?|architects?|developers?|advocates?|developer advocates?|product managers?|engineering managers?|managers?|directors?|founders?|co-?founders?|ceo|cto|cpo|vp|tech leads?|tsc members?|gc members?|governance committee members?|technical committee members?|emeritus|(?:co-?)?creators?|author|organizers?|hosts?|moderator|mc|speaker|(?:principal )?mts)$/i;

/** True for a role or job title ("Maintainer", "Co-Chairs", "Software Engineer"), never an affiliation. */
export function isRole(text: string): boolean {
  const t = text.trim().replace(/[.,]+$/, '');
  // "Independent", "Independent Contributor", "Student" stand where a company would, as the post gives them.
  if (/^(?:independent|student)\b/i.test(t)) return false;
  // "Linkerd core maintainer", "Dapr co-creator": a project's name before the role is still a role.
  // "KubeCon + CloudNativeCon North America 2019 Co-Chair": a role named after the event or group it is for.
  if (/\b(?:co-?chairs?|maintainers?|ambassadors?)$/i.test(t)) return true;
  // "maintainer of Flux", "Co-Chair of TAG Security", "Director of Engineering": a role says what it is for
  // ("at" is left to companyOfJob: "Engineer at Strava" names the company).
  const of = /^(.+?)\s+(?:of|for)\s+\S/i.exec(t);
  if (of && (isRole(of[1]!) || /^head$/i.test(of[1]!))) return true;
  return ROLE.test(t) || ROLE.test(t.replace(/^(?:[\p{Lu}][\p{L}\d.-]*\s+){1,2}/u, ''));
}

function isJob(text: string): boolean {
  return (
    isRole(text) ||
    /\b(?:engineer|architect|developer|manager|director|officer|scientist|consultant|evangelist|advocate|cto|ceo|vp)\b/i.test(
      text,
    )
  );
}

/** "Infrastructure Engineer at Strava", "Senior Director of Engineering, VMware Tanzu": the company part. */
function companyOfJob(text: string): string {
  const at = /^(.+?)\s+(?:at|@)\s+(.+)$/.exec(text.trim());
  if (at && (isRole(at[1]!) || /\b(?:engineer|architect|developer|manager|director|lead|head|member)\b/i.test(at[1]!)))
    return at[2]!;
  return text;
}

function affiliation(text: string | undefined): string | null {
  if (!text || isRole(text)) return null;
  return cleanText(
    clean(companyOfJob(text))
      .replace(/^the\s+/, '')
      .replace(/\s*\((?:sponsor|tbd)[^)]*\)$/i, ''),
  );
}

interface Item {
  name: string;
  affiliation: string | null;
  /** The post gave this speaker something of their own (a role): no company is shared to them. */
  own?: boolean;
}

function withInherited(items: Item[]): SpeakerRef[] {
  // "A & B from X", "A & B, X": a speaker without a company shares the next one's.
  const out: SpeakerRef[] = [];
  let next: string | null = null;
  for (let i = items.length - 1; i >= 0; i -= 1) {
    const item = items[i]!;
    if (item.affiliation) next = item.affiliation;
    out.unshift({ name: item.name, affiliation: item.affiliation ?? (item.own ? null : next) });
  }
  return out;
}

function parseFromGroup(group: string): SpeakerRef[] {
  const segments = group.replace(/,\s*(from|at)\s+/gi, ' $1 ').split(AFFILIATION_WORD);
  const items: Item[] = [];
  let names = segments[0]!;
  for (let i = 1; i < segments.length; i += 1) {
    const segment = segments[i]!;
    let org = segment;
    let rest = '';
    if (i < segments.length - 1) {
      const sep = FIRST_SEPARATOR.exec(segment);
      if (sep) {
        org = segment.slice(0, sep.index);
        rest = segment.slice(sep.index + sep[0].length);
      }
    }
    // "Nic Cope, Software Engineer at Planet Labs": the job before "at" is not another speaker.
    for (const name of names.split(LIST_SEPARATOR))
      if (clean(name) && !isJob(clean(name))) items.push({ name: clean(name), affiliation: null });
    const last = items[items.length - 1];
    if (last) last.affiliation = affiliation(org);
    names = rest;
  }
  for (const name of names.split(LIST_SEPARATOR)) if (clean(name)) items.push({ name: clean(name), affiliation: null });
  return withInherited(items);
}

function parseParenGroup(group: string): SpeakerRef[] {
  const items = group.split(/\s*(?:,\s*(?:and|&)\s+|,|\s+&\s+|\s+and\s+)\s*(?![^(]*\))/i).map((part) => {
    const m = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(part.trim());
    return m
      ? { name: clean(m[1]!), affiliation: affiliation(m[2]), own: true }
      : { name: clean(part), affiliation: null };
  });
  return withInherited(items.filter((i) => i.name));
}

/** "co-founder Diagrid", "CEO Acme": the company a role is followed by, or null. */
function companyAfterRole(text: string): string | null {
  const words = text.trim().split(/\s+/);
  for (let k = Math.min(3, words.length - 1); k >= 1; k -= 1) {
    const rest = words.slice(k).join(' ');
    if (isRole(words.slice(0, k).join(' ')) && /^\p{Lu}/u.test(rest) && !isRole(rest)) return rest;
  }
  return null;
}

/** "Dapr co-creator and co-founder Diagrid" → "Diagrid"; "Co-founder and CEO" → "" (only roles). */
function withoutRoles(part: string): string {
  const pieces = part.split(/\s+and\s+/i);
  if (pieces.length < 2 && !companyAfterRole(part)) return part;
  const kept = pieces.filter((p) => !isRole(p)).map((p) => companyAfterRole(p) ?? p);
  return kept.length === pieces.length && pieces.length > 1 ? part : kept.join(' and ');
}

/** "Jacob Aronoff, Lightstep from ServiceNow & Andy Keller, observIQ": every speaker written "Name, Company",
 * so a "from" or "at" inside a company ("Lightstep from ServiceNow", "Isovalent at Cisco") is part of it. */
function isCommaForm(group: string): boolean {
  const items = group.split(AND_SEPARATOR);
  return (
    items.length >= 2 &&
    items.every((item) => {
      const comma = item.indexOf(',');
      const word = AFFILIATION_WORD.exec(item);
      return comma > 0 && (!word || word.index > comma);
    })
  );
}

function parseCommaGroup(group: string): SpeakerRef[] {
  const items: string[] = [];
  let rolePrefixed = false;
  // "Sebastian Scheele, Co-founder and CEO, Loodse": an "and" between two roles joins them.
  for (const part of group.split(AND_SEPARATOR).map(clean).filter(Boolean)) {
    const first = part.split(/\s*,\s*/)[0]!;
    // "Yaron Schneider, Dapr co-creator & co-founder Diagrid": a role with a company after it joins too,
    // but only after a role or when the company is one word: in "Jane Roe, Google & CNCF Ambassador
    // John Smith" the role starts the next speaker.
    const previous = items[items.length - 1];
    const roleCompany = companyAfterRole(first);
    const joinsRoleCompany =
      roleCompany !== null && (!roleCompany.includes(' ') || isRole(previous?.split(/\s*,\s*/).pop() ?? ''));
    if (previous !== undefined && previous.includes(',') && (isRole(first) || joinsRoleCompany))
      items[items.length - 1] += ` and ${part}`;
    else if (previous !== undefined && previous.includes(',') && roleCompany && part === first) {
      // "CNCF Ambassador John Smith" after "Jane Roe, Google": a person named with a role before the name.
      items.push(roleCompany);
      rolePrefixed = true;
    } else items.push(part);
  }
  const last = items[items.length - 1] ?? '';
  // "A, B, C and D": commas separate names, not companies.
  if (items.length > 1 && !last.includes(',') && !rolePrefixed) {
    return group
      .split(LIST_SEPARATOR)
      .map(clean)
      .filter(Boolean)
      .map((name) => ({ name, affiliation: null }));
  }
  return withInherited(
    items.map((item) => {
      const parts = item.split(/\s*,\s*/);
      // "Name, Job Title, Company": the last part that is not a role is the company.
      const rest = parts
        .slice(1)
        .map(withoutRoles)
        .filter((x) => x && !isRole(x));
      const company =
        rest.length > 0
          ? affiliation(
              rest.slice(rest.length - (/^(?:inc|llc|ltd|gmbh)\.?$/i.test(rest[rest.length - 1]!) ? 2 : 1)).join(', '),
            )
          : null;
      return { name: clean(parts[0]!), affiliation: company, own: parts.length > 1 };
    }),
  );
}

/** Japanese and Chinese punctuation in ASCII form: "A（X）、B（Y）" is "A (X); B (Y)" (each keeps its own). */
export function widthFolded(text: string): string {
  return text
    .replace(/\s*（\s*/g, ' (')
    .replace(/\s*）\s*/g, ') ')
    .replace(/\s*[、;；]\s*/g, '; ')
    .replace(/：/g, ': ');
}

/** Every speaker a phrase names, with affiliations; null when any part does not read like a name. */
export function parseSpeakerList(phrase: string, maxWords = 5): SpeakerRef[] | null {
  const text = clean(
    widthFolded(phrase)
      .replace(/\s+/g, ' ')
      // Markdown escapes left in the text ('Priyanka \"Pinky\" Ravi').
      .replace(/\\(["'])/g, '$1')
      // "Hongcai Ren(from Karmada)": "from" inside the brackets says nothing either.
      .replace(/\(\s*(?:from|at|@)\s+/gi, '(')
      // "A & B, (Fastly)": the comma before a company in brackets says nothing.
      .replace(/,\s*\(/g, ' (')
      // "Matt Farina (SUSE) Scott Rigby (Weaveworks)": a company in brackets ends its speaker when a
      // full name with its own bracket follows; "Dan (Pop) Papandrea (Sysdig)" is one speaker.
      .replace(/\)\s+(?=\p{Lu}[^\s(),;]*(?:\s+[^\s(),;]+)+\s*\()/gu, '), '),
  );
  if (!text) return null;
  const speakers: SpeakerRef[] = [];
  for (const group of text.split(/\s*;\s*/)) {
    if (!clean(group)) continue;
    if (/\([^)]+\)/.test(group)) speakers.push(...parseParenGroup(group));
    else if (AFFILIATION_WORD.test(group) && !isCommaForm(group)) speakers.push(...parseFromGroup(group));
    else speakers.push(...parseCommaGroup(group));
  }
  if (speakers.length === 0 || !speakers.every((s) => looksLikeName(s.name, maxWords))) return null;
  return speakers;
}

/** Like parseSpeakerList, but keeps the parts that read like names (a table cell may add "and community members"). */
export function parseSpeakerCell(text: string): SpeakerRef[] {
  const phrase = clean(text.replace(/\s+/g, ' '));
  if (!phrase) return [];
  const all = parseSpeakerList(phrase.replace(/\s*(?:,|and|&)?\s*(?:the\s+)?community members$/i, ''));
  return all ?? [];
}
