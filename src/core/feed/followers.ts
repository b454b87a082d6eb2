// What a post writes under a session that stands on its own line: a date line, a "Room:" line, a
// speaker line and the abstract paragraphs, up to the next session.
import type { Element } from 'domhandler';
import type { SpeakerRef } from '../../shared/types';
import { linkOf } from './block-text';
import { HEADING, findAll, nextElement, textOf } from './dom-text';
import type { PostContext } from './post-context';
import { parseSpeakerList } from './speakers';
import { isWhenLine, readDay, readTimes, type DayInfo, type TimeRange } from './when';

export const MAX_ABSTRACT = 4000;

function isBreak(element: Element, text: string, ctx: PostContext): boolean {
  if (HEADING.test(element.name) || element.name === 'table' || element.name === 'hr') return true;
  const links = findAll(element, (e) => e.name === 'a' && !!e.attribs['href']);
  if (links.some((a) => linkOf(a, ctx))) return true;
  // A paragraph that is nothing but a link starts the next entry.
  return links.length === 1 && textOf(links[0]!) === text;
}

const ROOM = /\b(?:room|location|where|venue|hall|stage)\s*:\s*([^|·•;\n]+?)\s*(?:[|·•;]|$)/i;

/** "Room: Pavilion 7" in a date line or a short line of its own. */
export function readRoom(text: string): string | null {
  const match = text.length < 200 ? ROOM.exec(text) : null;
  return match ? match[1]!.trim() : null;
}

export interface Followers {
  room: string | null;
  day: DayInfo | null;
  times: TimeRange | null;
  speakers: SpeakerRef[] | null;
  abstract: string[];
}

/** The date line, speaker line and abstract paragraphs under a session that stands on its own line. */
export function readFollowers(block: Element, ctx: PostContext, year: number | null): Followers {
  const out: Followers = { room: null, day: null, times: null, speakers: null, abstract: [] };
  let length = 0;
  for (let sibling = nextElement(block); sibling && length < MAX_ABSTRACT; sibling = nextElement(sibling)) {
    const text = textOf(sibling);
    if (isBreak(sibling, text, ctx)) break;
    if (!['p', 'ul', 'ol', 'blockquote', 'div'].includes(sibling.name)) continue;
    if (!text) continue;
    if (!out.times && isWhenLine(text)) {
      out.day = readDay(text, year);
      out.times = readTimes(text);
      out.room ??= readRoom(text);
      continue;
    }
    if (!out.room && text.length < 100 && readRoom(text)) {
      out.room = readRoom(text);
      continue;
    }
    if (!out.speakers && out.abstract.length === 0 && text.length < 400) {
      const speakers = parseSpeakerList(text.replace(/^(?:speakers?|presenters?|by)\s*:?\s*/i, ''));
      if (speakers) {
        out.speakers = speakers;
        continue;
      }
    }
    out.abstract.push(text);
    length += text.length;
  }
  return out;
}
