// TAG App Delivery's KubeCon NA 2024 schedule (Atom): tables of time | location | topic | presenter,
// sched.co links, "9:10am MST", weekday headings. Expected values read from the post.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scrapeFeed } from '../../../../src/core/feed/scrape-feed';
import type { SessionRecord } from '../../../../src/shared/types';
import { FIXTURES } from '../../helpers';

const FILE = path.join(FIXTURES, 'feeds', 'tag-app-delivery-kubecon-na-2024.atom');
const { sessions } = scrapeFeed(fs.readFileSync(FILE, 'utf8'), FILE);
const byTitle = (title: string): SessionRecord => {
  const found = sessions.find((s) => s.title === title);
  if (!found) throw new Error(`no session "${title}"`);
  return found;
};

describe('tag-app-delivery-kubecon-na-2024.atom', () => {
  it('finds the seven sched sessions and the six booth lightning talks, not the meetups and working-group slots', () => {
    expect(sessions.filter((s) => s.url?.startsWith('https://sched.co/')).map((s) => s.sessionKey)).toEqual([
      '1jKMS',
      '1izqS',
      '1izqv',
      '1hovP',
      '1i7mT',
      '1howi',
      '1i7rP',
    ]);
    expect(sessions.filter((s) => s.url === null)).toHaveLength(6);
    expect(sessions.some((s) => /coffee|working group leads|microcks/i.test(s.title))).toBe(false);
  });

  it('reads time, day, room and presenters from the table row in Salt Lake City time', () => {
    const s = byTitle('Platform Working Group Update');
    expect(s).toMatchObject({
      sessionKey: '1jKMS',
      date: '2024-11-12',
      start: '2024-11-12T09:10:00-07:00',
      room: 'Salt Palace - Level 1 - Grand Ballroom G',
      event: 'KubeCon + CloudNativeCon North America 2024',
      timeZone: 'America/Denver',
      speakers: [],
    });
    const portals = byTitle('Portals and Platforms, Two Ps in a Pod? How Good Interfaces Make for Good Operability');
    expect(portals.speakers).toEqual([
      { name: 'Jorge Lainfiesta', affiliation: 'Rootly' },
      { name: 'Abby Bangser', affiliation: 'Syntasso' },
    ]);
  });

  it('resolves "Wednesday: Conference Day 1" and "Friday: Conference Day 3" to the event days', () => {
    const value = byTitle('The State of Cloud Native Business Value in 2024');
    expect([value.date, value.start]).toEqual(['2024-11-13', '2024-11-13T11:15:00-07:00']);
    expect(value.speakers.map((p) => `${p.name}/${p.affiliation}`)).toEqual([
      'Danielle Cook/StackGen',
      'Simon Forster/Stackegy',
      'Catherine Paganini/Buoyant',
      'Colin Griffin/Krumware',
      'Robbie Glenn/Glennium',
    ]);
    const panel = byTitle('Platform Engineering in Financial Institutions: The Practitioner Panel');
    expect([panel.kind, panel.date, panel.start]).toEqual(['panel', '2024-11-15', '2024-11-15T11:00:00-07:00']);
  });

  it('reads kinds from the title prefix, including the misspelt "Lighning Talk"', () => {
    expect(byTitle('Lightning Talk: Are You Really Ready to Adopt a Platform?').kind).toBe('lightning');
    const booth = byTitle('A Quick Dive into ArgoCD Sync Phases & Waves');
    expect(booth).toMatchObject({
      kind: 'lightning',
      room: 'Kiosk 4A',
      date: '2024-11-13',
      start: '2024-11-13T13:55:00-07:00',
    });
    expect(booth.speakers).toEqual([{ name: 'Colin Lacy', affiliation: null }]);
    expect(byTitle("A deep dive in Guidewire's Cloud Platform with CrossPlane and Kubevela").speakers).toEqual([
      { name: 'Jérôme Guionnet', affiliation: null },
    ]);
  });
});
