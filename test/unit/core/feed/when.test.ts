// Day and time lines as posts write them, resolved in the event's zone.
import { describe, expect, it } from 'vitest';
import { knownEvent } from '../../../../src/core/feed/events';
import { eventFromSubdomain, eventFromText } from '../../../../src/core/feed/events';
import { combine, isWhenLine, readDay, readTimes, resolveDay } from '../../../../src/core/feed/when';

const PARIS = knownEvent('KubeCon + CloudNativeCon Europe 2024');
const SALT_LAKE = knownEvent('KubeCon + CloudNativeCon North America 2024');

function when(line: string, event = PARIS) {
  return combine(resolveDay(readDay(line, 2024), event), readTimes(line), event?.timeZone ?? null);
}

describe('day and time lines', () => {
  it.each([
    [
      'Tuesday, March 19, 2024, 09:15 - 09:40 CET',
      PARIS,
      ['2024-03-19', '2024-03-19T09:15:00+01:00', '2024-03-19T09:40:00+01:00'],
    ],
    [
      'Thursday, March 21 • 17:25 - 18:00',
      PARIS,
      ['2024-03-21', '2024-03-21T17:25:00+01:00', '2024-03-21T18:00:00+01:00'],
    ],
    [
      'Wednesday 20 March, 2:30 PM – 3:05 PM',
      PARIS,
      ['2024-03-20', '2024-03-20T14:30:00+01:00', '2024-03-20T15:05:00+01:00'],
    ],
    ['Tuesday: 9:10am MST', SALT_LAKE, ['2024-11-12', '2024-11-12T09:10:00-07:00', null]],
    ['Wednesday 12:00pm - 1:30pm', SALT_LAKE, ['2024-11-13', '2024-11-13T12:00:00-07:00', '2024-11-13T13:30:00-07:00']],
    ['Thursday 10:45 - 11:15am', SALT_LAKE, ['2024-11-14', '2024-11-14T10:45:00-07:00', '2024-11-14T11:15:00-07:00']],
    ['Day 2 - 14:00 to 14:30', PARIS, ['2024-03-21', '2024-03-21T14:00:00+01:00', '2024-03-21T14:30:00+01:00']],
  ] as const)('%s', (line, event, want) => {
    const got = when(line, event);
    expect([got.date, got.start, got.end]).toEqual(want);
  });

  it.each([
    [
      'Mittwoch, 20. März 2024, 14:30 - 15:05',
      PARIS,
      ['2024-03-20', '2024-03-20T14:30:00+01:00', '2024-03-20T15:05:00+01:00'],
    ],
    [
      'mercredi 20 mars, 14h30 - 15h05',
      PARIS,
      ['2024-03-20', '2024-03-20T14:30:00+01:00', '2024-03-20T15:05:00+01:00'],
    ],
    [
      'jueves 21 de marzo de 2024, 17:25 - 18:00 CET',
      PARIS,
      ['2024-03-21', '2024-03-21T17:25:00+01:00', '2024-03-21T18:00:00+01:00'],
    ],
    ['Donnerstag 10:45 - 11:15', PARIS, ['2024-03-21', '2024-03-21T10:45:00+01:00', '2024-03-21T11:15:00+01:00']],
    ['2024年3月21日(木) 10:45〜11:15', PARIS, ['2024-03-21', '2024-03-21T10:45:00+01:00', '2024-03-21T11:15:00+01:00']],
    ['3月20日 星期三 9:00-9:30', PARIS, ['2024-03-20', '2024-03-20T09:00:00+01:00', '2024-03-20T09:30:00+01:00']],
    ['木曜日 14:00 - 14:30', PARIS, ['2024-03-21', '2024-03-21T14:00:00+01:00', '2024-03-21T14:30:00+01:00']],
    ['3월 19일 09:15 - 09:40', PARIS, ['2024-03-19', '2024-03-19T09:15:00+01:00', '2024-03-19T09:40:00+01:00']],
  ] as const)('in another language: %s', (line, event, want) => {
    const got = when(line, event);
    expect([got.date, got.start, got.end]).toEqual(want);
  });

  it('does not take English words for foreign dates', () => {
    expect(readDay('We met 3 years ago in Paris', 2024)).toEqual({ date: null, weekday: null, dayNumber: null });
    expect(readDay('Set 5 goals for the summit', 2024).date).toBeNull();
    expect(readTimes('a 2h hands-on lab')).toBeNull();
  });

  it('reads a day heading without a time, and knows a date line from prose', () => {
    expect(resolveDay(readDay('Day 1 - March 20', 2024), PARIS)).toBe('2024-03-20');
    expect(resolveDay(readDay('Friday: Conference Day 3', 2024), SALT_LAKE)).toBe('2024-11-15');
    expect(isWhenLine('Tuesday, March 19, 2024, 09:00 - 09:10 CET')).toBe(true);
    expect(
      isWhenLine('With 680 unique contributors, 470k lines of Go, and 35k of eBPF code, Cilium is on track.'),
    ).toBe(false);
    expect(readTimes('Cilium 1.15 was released with 2 new features')).toBeNull();
  });

  it('names events from sched subdomains and post titles', () => {
    expect(eventFromSubdomain('colocatedeventseu2024')).toBe('KubeCon + CloudNativeCon Europe 2024');
    expect(eventFromSubdomain('kccncna2024')).toBe('KubeCon + CloudNativeCon North America 2024');
    expect(eventFromSubdomain('kccncjapan2025')).toBe('KubeCon + CloudNativeCon Japan 2025');
    expect(eventFromText('TAG App Delivery at Kubecon NA (Salt Lake City) 2024', null)).toBe(
      'KubeCon + CloudNativeCon North America 2024',
    );
    expect(eventFromText('Platform Engineering At KubeCon EU 2024 - Recap', null)).toBe(
      'KubeCon + CloudNativeCon Europe 2024',
    );
    expect(eventFromText('See you at KubeCon in Paris!', 2024)).toBe('KubeCon + CloudNativeCon Europe 2024');
    expect(eventFromText('A post about Kubernetes', 2024)).toBeNull();
  });
});
