// The store's own guard on incoming records: whatever an extractor produced, what is stored is
// trimmed, has no nameless speakers, no empty strings standing in for "unknown", and no link that is not http(s).
import type { SessionRecord, SpeakerRef } from '../../shared/types';
import { cleanText, matchKey } from '../text/normalize';

function cleanSpeakers(speakers: SpeakerRef[]): SpeakerRef[] {
  const seen = new Set<string>();
  const result: SpeakerRef[] = [];
  for (const speaker of speakers) {
    const name = cleanText(speaker.name);
    const key = name ? matchKey(name) : '';
    if (!name || !key || seen.has(key)) continue;
    seen.add(key);
    result.push({ name, affiliation: cleanText(speaker.affiliation) });
  }
  return result;
}

/** Only http(s) links are ever stored: a javascript: or data: URL from a hostile file is no link at all. */
function webUrl(value: string | null): string | null {
  const url = cleanText(value);
  return url && /^https?:\/\/[^\s]/i.test(url) ? url : null;
}

export function normalizeRecord(record: SessionRecord): SessionRecord {
  return {
    ...record,
    title: cleanText(record.title) ?? '(untitled session)',
    url: webUrl(record.url),
    event: cleanText(record.event),
    track: cleanText(record.track),
    room: cleanText(record.room),
    speakers: cleanSpeakers(record.speakers),
    // Abstracts keep their line breaks; only surrounding space goes.
    abstract: record.abstract?.trim() || null,
  };
}
