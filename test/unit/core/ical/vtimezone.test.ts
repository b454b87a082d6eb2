import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import { buildVTimezone, transitions } from '../../../../src/core/ical/vtimezone';

const registered: string[] = [];
afterEach(() => {
  for (const tzid of registered.splice(0)) ICAL.TimezoneService.remove(tzid);
});

/** Converts a wall-clock time in `zone` to UTC through the generated VTIMEZONE alone, as a calendar would. */
function viaVTimezone(zone: string, from: string, to: string, wall: string): string {
  const component = buildVTimezone(zone, [{ from: Date.parse(from), to: Date.parse(to) }]);
  // Registered under a made-up name so ical.js cannot fall back on any zone it knows.
  const tzid = `Test/${zone}`;
  component.updatePropertyWithValue('tzid', tzid);
  ICAL.TimezoneService.register(new ICAL.Timezone(component), tzid);
  registered.push(tzid);
  const time = ICAL.Time.fromDateTimeString(wall);
  time.zone = ICAL.TimezoneService.get(tzid)!;
  return time.toJSDate().toISOString();
}

describe('generated VTIMEZONE', () => {
  it('finds the DST changes of a year to the minute', () => {
    const changes = transitions(
      'America/Denver',
      Date.parse('2024-01-01T00:00:00Z'),
      Date.parse('2024-12-31T00:00:00Z'),
    );
    expect(changes).toEqual([
      { at: Date.parse('2024-03-10T09:00:00Z'), from: -420, to: -360 },
      { at: Date.parse('2024-11-03T08:00:00Z'), from: -360, to: -420 },
    ]);
  });

  it('gives the right instants for KubeCon NA in Salt Lake City, after the November change', () => {
    expect(viaVTimezone('America/Denver', '2024-11-12T15:00:00Z', '2024-11-15T23:00:00Z', '2024-11-13T09:00:00')).toBe(
      '2024-11-13T16:00:00.000Z',
    );
  });

  it('handles a zone with no DST (KubeCon India) and the southern hemisphere (Sydney)', () => {
    expect(viaVTimezone('Asia/Kolkata', '2025-08-06T00:00:00Z', '2025-08-07T23:00:00Z', '2025-08-06T10:00:00')).toBe(
      '2025-08-06T04:30:00.000Z',
    );
    const sydney = buildVTimezone('Australia/Sydney', [
      { from: Date.parse('2026-03-30T00:00:00Z'), to: Date.parse('2026-10-10T00:00:00Z') },
    ]);
    const kinds = sydney
      .getAllSubcomponents()
      .map((c) => `${c.name} ${c.getFirstPropertyValue('tzoffsetto')?.toString()}`);
    expect(kinds).toEqual(['daylight +11:00', 'standard +10:00', 'daylight +11:00']);
    expect(
      viaVTimezone('Australia/Sydney', '2026-03-30T00:00:00Z', '2026-10-10T00:00:00Z', '2026-06-01T09:00:00'),
    ).toBe('2026-05-31T23:00:00.000Z');
  });

  it('covers a span across the Amsterdam spring change on both sides', () => {
    expect(
      viaVTimezone('Europe/Amsterdam', '2026-03-28T00:00:00Z', '2026-03-30T00:00:00Z', '2026-03-28T12:00:00'),
    ).toBe('2026-03-28T11:00:00.000Z');
    expect(
      viaVTimezone('Europe/Amsterdam', '2026-03-28T00:00:00Z', '2026-03-30T00:00:00Z', '2026-03-30T12:00:00'),
    ).toBe('2026-03-30T10:00:00.000Z');
  });
});
