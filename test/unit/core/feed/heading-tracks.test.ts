// Which headings name a track or co-located event for the sessions under them (review of 762248d,
// finding 6): a section or label named after an event's talks names it, a conference day or "co-located
// events" with no event named does not, whichever way the heading ends.
import { describe, expect, it } from 'vitest';
import { extractSessions } from '../../../../src/core/feed/extract-sessions';
import { trackName } from '../../../../src/core/feed/headings';

const tracksOf = (heading: string) =>
  extractSessions({
    title: 'KubeCon + CloudNativeCon Europe 2024',
    link: 'https://blog.example.org/posts/kubecon-eu-2024/',
    published: '2024-03-01T00:00:00Z',
    html: `<h2>${heading}</h2><ul><li><a href="https://sched.co/1YeQZ">Building a Developer Portal with Backstage</a></li></ul>`,
  }).map((s) => s.track);

describe('tracks from section headings', () => {
  it('names the co-located event of an "Event talks" section', () => {
    expect(tracksOf('AI_dev talks')).toEqual(['AI_dev']);
    expect(tracksOf('Observability Day sessions')).toEqual(['Observability Day']);
    expect(trackName('Open Source Summit talks')).toBe('Open Source Summit');
    expect(trackName('OpenSSF Day')).toBe('OpenSSF Day');
  });

  it('names no track for co-located events with no event named, even as "… Day sessions"', () => {
    expect(tracksOf('Co-located Events Day sessions')).toEqual([null]);
    expect(trackName('Co-located Events Day')).toBeUndefined();
  });

  it('names no track for a numbered conference day, even as "Day 2 Summit talks:" before the link', () => {
    const sessions = extractSessions({
      title: 'KubeCon + CloudNativeCon Europe 2024',
      link: 'https://blog.example.org/posts/kubecon-eu-2024/',
      published: '2024-03-01T00:00:00Z',
      html: `<ul><li>Day 2 Summit talks: <a href="https://sched.co/1YeQZ">Building a Developer Portal with Backstage</a></li></ul>`,
    });
    expect(sessions.map((s) => s.track)).toEqual([null]);
  });
});
