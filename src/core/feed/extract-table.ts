// Sessions in schedule tables (time | location | topic | presenter): one row, one session, when the
// topic links to sched/YouTube or says what kind of session it is (`Lightning Talk - "Title"`).
import type { Element } from 'domhandler';
import type { SessionKind, SpeakerRef } from '../../shared/types';
import { findAll, isElement, textOf } from './dom-text';
import type { HeadingStack } from './headings';
import { kindFromSlug, kindFromTitle, kindPrefix } from './kinds';
import { resolveHref, type FoundSession, type PostContext } from './post-context';
import { parseSessionLink, type SessionLink } from './sched-ids';
import { speakersAfter, splitLinkText } from './speaker-phrase';
import { parseSpeakerCell } from './speakers';
import { readDay, readTimes } from './when';

type Role = 'time' | 'day' | 'room' | 'topic' | 'speakers' | 'track' | 'kind';

const ROLES: [RegExp, Role][] = [
  [/^(?:time|when|hours?|slot)/i, 'time'],
  [/^(?:day|date)/i, 'day'],
  [/^(?:location|room|where|venue|place|stage)/i, 'room'],
  [/^(?:topic|title|session|talk|what|presentation)/i, 'topic'],
  [/^(?:presenters?|speakers?|who|by|hosts?|panelists?)/i, 'speakers'],
  [/^(?:track|event|co-located)/i, 'track'],
  [/^(?:type|format|kind)/i, 'kind'],
];

function cells(row: Element): Element[] {
  return row.children.filter((c): c is Element => isElement(c) && (c.name === 'td' || c.name === 'th'));
}

function headerRoles(rows: Element[]): { roles: (Role | null)[]; body: Element[] } {
  const first = rows[0];
  if (!first || !cells(first).every((c) => c.name === 'th')) return { roles: [], body: rows };
  return {
    roles: cells(first).map((c) => ROLES.find(([re]) => re.test(textOf(c)))?.[1] ?? null),
    body: rows.slice(1),
  };
}

function sessionLinkIn(cell: Element, ctx: PostContext): { link: SessionLink; text: string } | null {
  for (const a of findAll(cell, (e) => e.name === 'a' && !!e.attribs['href'])) {
    const href = resolveHref(a.attribs['href']!, ctx.base);
    const link = href ? parseSessionLink(href) : null;
    if (link) return { link, text: textOf(a) };
  }
  return null;
}

function unquote(text: string): string {
  return text
    .trim()
    .replace(/^["“”„']+|["“”']+$/g, '')
    .trim();
}

export function extractTable(
  table: Element,
  headings: HeadingStack,
  ctx: PostContext,
  year: number | null,
): FoundSession[] {
  const rows = findAll(table, (e) => e.name === 'tr');
  const { roles, body } = headerRoles(rows);
  const found: FoundSession[] = [];
  for (const row of body) {
    const all = cells(row);
    const cellFor = (role: Role): Element | null => {
      const i = roles.indexOf(role);
      return i >= 0 ? (all[i] ?? null) : null;
    };
    const topicCell = cellFor('topic');
    const linked =
      (topicCell ? sessionLinkIn(topicCell, ctx) : null) ?? (roles.length === 0 ? sessionLinkIn(row, ctx) : null);
    const topicText = topicCell ? textOf(topicCell) : '';
    let title: string;
    let speakers: SpeakerRef[] | null = null;
    let kind: SessionKind | null;
    if (linked) {
      const split = splitLinkText(linked.text, linked.link.slug);
      title = split.title;
      speakers = split.speakers;
      kind = kindFromTitle(title) ?? kindFromSlug(linked.link.slug);
    } else {
      // Without a session link a row is a session only when its topic says which kind it is.
      const prefix = kindPrefix(topicText);
      if (!prefix || !unquote(prefix.rest)) continue;
      title = unquote(prefix.rest);
      kind = prefix.kind;
    }
    if (!title) continue;
    const speakerCell = cellFor('speakers');
    if (speakerCell) speakers = parseSpeakerCell(textOf(speakerCell));
    else if (!speakers && linked && topicText.startsWith(linked.text)) {
      // No presenter column: "<a>Title</a> - Jane Doe, Acme" in the topic cell itself.
      speakers = speakersAfter(topicText.slice(linked.text.length), linked.link.slug, title).speakers;
    }
    const timeText = cellFor('time') ? textOf(cellFor('time')!) : '';
    const dayCell = cellFor('day');
    const trackCell = cellFor('track');
    const kindCell = cellFor('kind');
    found.push({
      link: linked?.link ?? null,
      title,
      kind: kind ?? (kindCell ? kindFromTitle(`${textOf(kindCell)}:`) : null) ?? headings.kind ?? 'talk',
      speakers: speakers ?? [],
      track: (trackCell ? textOf(trackCell) : null) || headings.track,
      day: dayCell ? readDay(textOf(dayCell), year) : headings.day,
      times: readTimes(timeText),
      room: cellFor('room') ? textOf(cellFor('room')!) : null,
      abstract: null,
    });
  }
  return found;
}
