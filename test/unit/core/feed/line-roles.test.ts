// Lead-ins before a session link and lines that only give a day, in the forms real posts write them.
import { describe, expect, it } from 'vitest';
import { dayOnly, readLeadIn } from '../../../../src/core/feed/line-roles';
import { readTimes } from '../../../../src/core/feed/when';
import { parseSpeakerList } from '../../../../src/core/feed/speakers';

describe('lead-ins before a link', () => {
  it('reads a time range and a co-located event label (Flux NA 2022)', () => {
    const lead = readLeadIn('9:45 - 10:15 GitOpsCon:', 2022);
    expect(lead.times?.start).toEqual({ hour: 9, minute: 45 });
    expect(lead.times?.end).toEqual({ hour: 10, minute: 15 });
    expect(lead.track).toBe('GitOpsCon');
    expect(lead.rest).toBe('');
  });

  it('takes "KubeCon:" for the main conference and "Prometheus Days:" for a co-located event', () => {
    expect(readLeadIn('15:25 - 16:00 KubeCon:', 2022).track).toBeNull();
    expect(readLeadIn('11:40 - 12:10 Prometheus Days:', 2022).track).toBe('Prometheus Days');
  });

  it('reads a weekday prefix ("Wed 18:") as the day', () => {
    expect(readLeadIn('Wed 18:', 2022).day?.weekday).toBe(3);
  });

  it('reads a bold time before prose and leaves the prose (Linkerd 2018)', () => {
    const lead = readLeadIn('1:00 pm: Alex Leong (@adleong), Linkerd core maintainer, will give a', 2018);
    expect(lead.times?.start).toEqual({ hour: 13, minute: 0 });
    expect(lead.rest).toMatch(/^Alex Leong/);
  });

  it('leaves a title-like lead-in alone', () => {
    expect(readLeadIn('Jane Doe (Acme):', 2024).rest).toBe('Jane Doe (Acme):');
  });
});

describe('lines that only give a day', () => {
  it.each(['Monday Nov 10th', 'Tuesday, 24 March', 'Wed 18', '11月12日（水）'])('%s is a day', (text) => {
    expect(dayOnly(text, 2025)).not.toBeNull();
  });
  it.each(['Monday we meet at the booth', 'Dapr in 2026'])('%s is not', (text) => {
    expect(dayOnly(text, 2025)).toBeNull();
  });
});

describe('clock times in every form', () => {
  it.each([
    ['15.30 - 16:00', [15, 30], [16, 0], null],
    ['16.00–16.07', [16, 0], [16, 7], null],
    ['5:45pm - 6:15pmEST', [17, 45], [18, 15], 'EST'],
    ['9:45am MST:', [9, 45], null, 'MST'],
  ])('%s', (text, start, end, zone) => {
    const t = readTimes(text)!;
    expect([t.start.hour, t.start.minute]).toEqual(start);
    expect(t.end ? [t.end.hour, t.end.minute] : null).toEqual(end);
    expect(t.zoneAbbreviation).toBe(zone);
  });

  it('does not take a version number for a time', () => {
    expect(readTimes('Cilium 1.15 is out')).toBeNull();
  });
});

describe('speaker lists in Japanese punctuation and with roles', () => {
  it('splits 、 lists, each name keeping its own company', () => {
    expect(parseSpeakerList('Nancy Chauhan（Agno）、Marino Wijay（Kong Inc.）')).toEqual([
      { name: 'Nancy Chauhan', affiliation: 'Agno' },
      { name: 'Marino Wijay', affiliation: 'Kong Inc.' },
    ]);
  });
  it('shares one company across "A & B（X）" and drops a role', () => {
    expect(parseSpeakerList('Panos Tsilopoulos & Bob Johnson（Nike, Inc.）')).toEqual([
      { name: 'Panos Tsilopoulos', affiliation: 'Nike, Inc.' },
      { name: 'Bob Johnson', affiliation: 'Nike, Inc.' },
    ]);
    expect(parseSpeakerList('Eduardo Silva（Maintainer）')).toEqual([{ name: 'Eduardo Silva', affiliation: null }]);
  });
});

describe('speakers named in prose and with job titles', () => {
  it('drops job titles and keeps the company after "at" (Linkerd 2018)', () => {
    expect(
      parseSpeakerList('Nic Cope, Software Engineer at Planet Labs, and Nicholas Turner, Software Developer at AWS'),
    ).toEqual([
      { name: 'Nic Cope', affiliation: 'Planet Labs' },
      { name: 'Nicholas Turner', affiliation: 'AWS' },
    ]);
  });
  it('reads "Name, Job Title, Company and Name, Company" (KubeVirt 2018)', () => {
    expect(parseSpeakerList('Sebastian Scheele, Co-founder and CEO, Loodse')).toEqual([
      { name: 'Sebastian Scheele', affiliation: 'Loodse' },
    ]);
  });
  it('keeps "Independent Contributor" as given', () => {
    expect(parseSpeakerList('Jorge Lainfiesta, Independent Contributor')).toEqual([
      { name: 'Jorge Lainfiesta', affiliation: 'Independent Contributor' },
    ]);
  });
});

describe('afternoon times written without am/pm', () => {
  it('reads "1:50 - 2:25" as the afternoon and "02:25" as written', () => {
    expect(readTimes('1:50 - 2:25')!.start.hour).toBe(13);
    expect(readTimes('02:25 - 03:00')!.start.hour).toBe(2);
  });
});
