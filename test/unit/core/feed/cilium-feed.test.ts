// Cilium's KubeCon EU 2024 preview: `Title - Speaker, Company & Speaker, Company` link texts, a date
// line and an abstract under each, co-located events as headings. Expected values read from the post.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scrapeFeed } from '../../../../src/core/feed/scrape-feed';
import type { SessionRecord } from '../../../../src/shared/types';
import { FIXTURES } from '../../helpers';

const FILE = path.join(FIXTURES, 'feeds', 'cilium-kubecon-eu-2024.xml');
const { sessions } = scrapeFeed(fs.readFileSync(FILE, 'utf8'), FILE);
const byId = (id: string): SessionRecord => {
  const found = sessions.find((s) => s.sessionKey === id);
  if (!found) throw new Error(`no session ${id}`);
  return found;
};
const people = (s: SessionRecord) => s.speakers.map((p) => [p.name, p.affiliation]);

describe('cilium-kubecon-eu-2024.xml', () => {
  it('finds the 25 sched sessions and the opening session the post presents without a sched link', () => {
    expect(sessions.filter((s) => s.url?.includes('sched.com'))).toHaveLength(25);
    const opening = sessions.find((s) => s.title === 'Connecting Cloud Native: Cilium + eBPF Day')!;
    expect(opening.url).toBeNull();
    expect(people(opening)).toEqual([
      ['Laurent Bernaille', 'Datadog'],
      ['Bill Mulligan', 'Isovalent'],
    ]);
    expect(opening.start).toBe('2024-03-19T09:00:00+01:00');
    expect(sessions).toHaveLength(26);
  });

  it('splits the speaker list off the link text and keeps shared companies ("A & B, X")', () => {
    const deepDive = byId('1ZJA8');
    expect(deepDive.title).toBe('Deep Dive Into Cilium Resilient Architecture');
    expect(people(deepDive)).toEqual([
      ['Jussi Mäki', 'Isovalent'],
      ['Martynas Pumputis', 'Isovalent'],
    ]);
    expect(deepDive.url).toBe('https://colocatedeventseu2024.sched.com/event/1ZJA8');
    expect(people(byId('1YeOX'))).toEqual([
      ['Constanze Roedig', 'Technische Universität Wien'],
      ['James Callaghan', 'ControlPlane'],
    ]);
    expect(people(byId('1Yhfl'))).toEqual([
      ['Liz Rice', 'Isovalent'],
      ['Maartje Eyskens', 'Isovalent'],
      ['Nico Meisenzahl', 'white duck'],
      ['Vlad Ungureanu', 'Palantir Technologies'],
    ]);
    expect(people(byId('1YeN5'))).toEqual([['Anna Kapuścińska', 'Isovalent']]);
  });

  it('keeps a dash that belongs to the title', () => {
    const s = byId('1YeR5');
    expect(s.title).toBe('At the Intersection of Cilium CNI and Service Mesh - Who Has the Right of Way?🚦');
    expect(people(s)).toEqual([['Christine Kim', 'Isovalent']]);
  });

  it('reads lightning talks from the title prefix, with the exact title', () => {
    const s = byId('1YFee');
    expect(s.kind).toBe('lightning');
    expect(s.title).toBe(
      '⚡ Lightning Talk: Falco, Tracee and Tetragon: eBPF Runtime Observability and Security Tools Differences',
    );
    expect(people(s)).toEqual([['Kyle Quest', 'Slim.AI']]);
    expect(
      sessions
        .filter((x) => x.kind === 'lightning')
        .map((x) => x.sessionKey)
        .sort(),
    ).toEqual(['1YFee', '1YFey', '1YFjs', '1YFk9']);
  });

  it('reads the date line under each session in the event zone (CET)', () => {
    const s = byId('1YFe0');
    expect([s.date, s.start, s.end]).toEqual(['2024-03-19', '2024-03-19T09:50:00+01:00', '2024-03-19T10:15:00+01:00']);
    // "Tuesday, March 19, 2024 11:05 - 11:30 CET" (no comma before the time)
    expect(byId('1YFfN').start).toBe('2024-03-19T11:05:00+01:00');
    // "Thursday, March 21 • 17:25 - 18:00": no year, no zone: the event's.
    expect([byId('1YeQJ').start, byId('1YeQJ').end]).toEqual([
      '2024-03-21T17:25:00+01:00',
      '2024-03-21T18:00:00+01:00',
    ]);
  });

  it('takes the track from the co-located event heading, none under the main conference', () => {
    expect(byId('1YFjR').track).toBe('Cilium + eBPF Day');
    expect(byId('1YFjg').track).toBe('Observability Day');
    expect(byId('1YeMX').track).toBeNull();
    expect(byId('1YeMX').event).toBe('KubeCon + CloudNativeCon Europe 2024');
  });

  it('keeps the abstract as the post wrote it, as plain text', () => {
    const s = byId('1ZJA8');
    expect(s.abstract).toMatch(/^With 680 unique contributors, 470k lines of Go/);
    expect(s.abstract).toContain("In this talk, two core Cilium contributors will present Cilium's architecture");
    expect(s.abstract).not.toMatch(/<|Tuesday, March 19/);
  });
});
