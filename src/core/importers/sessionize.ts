// Imports Sessionize API JSON: view/All (sessions, speakers, rooms, categories), view/Sessions, view/Speakers, view/GridSmart.
import { z } from 'zod';
import { errorMessage, KubeplanError } from '../../shared/errors';
import type { ParsedSchedule, SessionRecord, SpeakerRef } from '../../shared/types';
import { dayInZone } from '../time/zoned';
import type { ImportOptions } from './import-options';
import {
  ProblemLog,
  blankRecord,
  classifyKind,
  dropDuplicateIds,
  fieldText,
  plainText,
  zonedTime,
} from './schedule-record';

const id = z.union([z.string(), z.number()]).transform(String);
const nullableText = z
  .string()
  .nullish()
  .transform((v) => v ?? null);
const speaker = z.looseObject({
  id,
  fullName: nullableText,
  firstName: nullableText,
  lastName: nullableText,
  tagLine: nullableText,
  sessions: z.array(z.union([id, z.looseObject({ id, name: nullableText })])).optional(),
});
const named = z.looseObject({ id, name: z.string() });
const session = z.looseObject({
  id,
  title: z.string().nullish(),
  description: nullableText,
  startsAt: nullableText,
  endsAt: nullableText,
  isServiceSession: z.boolean().optional(),
  isPlenumSession: z.boolean().optional(),
  // view/All lists speaker ids; view/Sessions lists {id, name}.
  speakers: z.array(z.union([id, named])).optional(),
  categoryItems: z.array(id).optional(),
  categories: z.array(z.looseObject({ name: z.string(), categoryItems: z.array(named) })).optional(),
  roomId: id.nullish(),
  room: nullableText,
  status: nullableText,
});
const category = z.looseObject({ id, title: z.string(), items: z.array(named) });
const viewAll = z.looseObject({
  sessions: z.array(z.unknown()),
  speakers: z.array(z.unknown()).optional(),
  rooms: z.array(named).optional(),
  categories: z.array(category).optional(),
});

type Session = z.infer<typeof session>;
type Speaker = z.infer<typeof speaker>;

function speakerName(s: Speaker): string {
  return fieldText(s.fullName) ?? fieldText(`${s.firstName ?? ''} ${s.lastName ?? ''}`) ?? s.id;
}

/** Every session object in any Sessionize view, with its JSON path for messages. */
function collectSessions(json: unknown): { raw: unknown; path: string }[] | null {
  if (Array.isArray(json)) {
    const out: { raw: unknown; path: string }[] = [];
    json.forEach((group, g) => {
      const obj = group as Record<string, unknown> | null;
      if (obj && Array.isArray(obj.sessions) && 'groupName' in obj)
        obj.sessions.forEach((raw, i) => out.push({ raw, path: `$[${g}].sessions[${i}]` }));
      else if (obj && Array.isArray(obj.rooms))
        (obj.rooms as { sessions?: unknown[] }[]).forEach((room, r) =>
          (room.sessions ?? []).forEach((raw, i) => out.push({ raw, path: `$[${g}].rooms[${r}].sessions[${i}]` })),
        );
    });
    return out.length > 0 || json.length === 0 ? out : null;
  }
  const all = viewAll.safeParse(json);
  return all.success ? all.data.sessions.map((raw, i) => ({ raw, path: `$.sessions[${i}]` })) : null;
}

export function parseSessionize(source: string, options: ImportOptions): ParsedSchedule {
  const { file } = options;
  const log = new ProblemLog();
  let json: unknown;
  try {
    json = JSON.parse(source.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new KubeplanError('parse-error', `not valid JSON (truncated?): ${errorMessage(error)}`, file);
  }
  const all = viewAll.safeParse(json);
  const rooms = new Map((all.success ? (all.data.rooms ?? []) : []).map((r) => [r.id, r.name]));
  const categories = all.success ? (all.data.categories ?? []) : [];
  const itemGroup = new Map<string, { group: string; name: string }>();
  for (const c of categories) for (const item of c.items) itemGroup.set(item.id, { group: c.title, name: item.name });

  const speakers = new Map<string, Speaker>();
  const rawSpeakers = all.success ? (all.data.speakers ?? []) : isSpeakerList(json) ? (json as unknown[]) : [];
  rawSpeakers.forEach((raw, i) => {
    const parsed = speaker.safeParse(raw);
    if (parsed.success) speakers.set(parsed.data.id, parsed.data);
    else
      log.add(
        `${file} $${all.success ? '.speakers' : ''}[${i}]`,
        `speaker ignored: ${parsed.error.issues[0]?.message}`,
      );
  });

  let found = collectSessions(json);
  if (!found && isSpeakerList(json)) found = sessionsFromSpeakers(speakers);
  if (!found) throw new KubeplanError('parse-error', 'not a Sessionize export: no "sessions" found', file);

  const zone = options.timeZone ?? null;
  const needsZone = found.some(({ raw }) => typeof (raw as Session | null)?.startsAt === 'string');
  if (needsZone && !zone) {
    log.add(
      `${file} time zone`,
      'Sessionize times carry no time zone: say which one the event is in (--tz, e.g. Europe/London)',
    );
    found = [];
  }

  const rows: { record: SessionRecord; where: string }[] = [];
  for (const { raw, path } of found) {
    const where = `${file} ${path}`;
    const parsed = session.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      log.add(`${where}.${issue.path.join('.')}`, issue.message);
      continue;
    }
    const s = parsed.data;
    const title = fieldText(s.title);
    if (!title) {
      log.add(`${where}.title`, 'session has no title');
      continue;
    }
    const record = toRecord(s, title, where, zone, log, { rooms, itemGroup, speakers });
    if (record) rows.push({ record: { ...record, event: options.event ?? null }, where });
  }
  const sessions = dropDuplicateIds(rows, log).map((r) => r.record);
  return {
    format: 'sessionize',
    event: options.event ?? null,
    timeZone: zone,
    batch: { source: { kind: 'schedule', location: options.location, title: options.event ?? null }, sessions },
    problems: log.problems,
    warnings: log.warnings,
  };
}

function isSpeakerList(json: unknown): boolean {
  return (
    Array.isArray(json) &&
    json.length > 0 &&
    json.every((s) => s && typeof s === 'object' && ('fullName' in s || 'firstName' in s))
  );
}

function sessionsFromSpeakers(speakers: Map<string, Speaker>): { raw: unknown; path: string }[] {
  const byId = new Map<string, { id: string; title: string; speakers: string[] }>();
  for (const s of speakers.values()) {
    for (const ref of s.sessions ?? []) {
      if (typeof ref === 'string') continue;
      const entry = byId.get(ref.id) ?? { id: ref.id, title: ref.name ?? '', speakers: [] };
      entry.speakers.push(s.id);
      byId.set(ref.id, entry);
    }
  }
  return [...byId.values()].map((raw) => ({ raw, path: `$[speakers].sessions[id=${raw.id}]` }));
}

interface Lookups {
  rooms: Map<string, string>;
  itemGroup: Map<string, { group: string; name: string }>;
  speakers: Map<string, Speaker>;
}

function toRecord(
  s: Session,
  title: string,
  where: string,
  zone: string | null,
  log: ProblemLog,
  l: Lookups,
): SessionRecord | null {
  const start = s.startsAt ? zonedTime(s.startsAt, zone, `${where}.startsAt`, log) : null;
  const end = s.endsAt ? zonedTime(s.endsAt, zone, `${where}.endsAt`, log) : null;
  if (s.startsAt && !start) {
    log.add(`${where}.startsAt`, `cannot read time "${s.startsAt}"`);
    return null;
  }
  if (s.endsAt && !end) {
    log.add(`${where}.endsAt`, `cannot read time "${s.endsAt}"`);
    return null;
  }
  // Categories: view/All refers to items by id; view/Sessions names them inline.
  const items: { group: string; name: string }[] = s.categories
    ? s.categories.flatMap((c) => c.categoryItems.map((i) => ({ group: c.name, name: i.name })))
    : (s.categoryItems ?? []).flatMap((itemId) => l.itemGroup.get(itemId) ?? []);
  const track =
    (
      items.find((i) => /track|topic|theme|stream/i.test(i.group)) ??
      items.find((i) => !/level|new speaker|apply|format|type|length|duration/i.test(i.group))
    )?.name ?? null;
  const kindHints = items.filter((i) => /format|type|length|duration/i.test(i.group)).map((i) => i.name);
  const people: SpeakerRef[] = (s.speakers ?? []).map((ref) => {
    const refId = typeof ref === 'string' ? ref : ref.id;
    const known = l.speakers.get(refId);
    if (known) return { name: speakerName(known), affiliation: fieldText(known.tagLine) };
    return { name: typeof ref === 'string' ? ref : ref.name, affiliation: null };
  });
  return {
    ...blankRecord(`sessionize:${s.id}`, title),
    kind: classifyKind(title, kindHints, s.isServiceSession ?? false),
    track: fieldText(track),
    start,
    end,
    date: start ? dayInZone(start, zone) : null,
    timeZone: zone,
    room: fieldText(s.room) ?? (s.roomId != null ? (l.rooms.get(s.roomId) ?? null) : null),
    speakers: people,
    abstract: plainText(s.description),
  };
}
