// Issue 13: a Sched SUMMARY is split into title and speakers only where the rest really is a speaker
// list, checked against the export's other sessions and each entry's DESCRIPTION; roles stay roles.
import { describe, expect, it } from 'vitest';
import { parseSchedule } from '../../../../src/core/importers/parse-schedule';
import type { SessionRecord } from '../../../../src/shared/types';
import { options, readSchedule } from './schedule-helpers';

function sessionsOf(name: string): SessionRecord[] {
  return parseSchedule(readSchedule(name), options(name)).batch.sessions;
}

const kubecon = sessionsOf('sched-kccnceu2026-all.ics');
const byTitle = (sessions: SessionRecord[], title: string) => {
  const found = sessions.filter((s) => s.title === title);
  expect(found, title).toHaveLength(1);
  return found[0]!;
};
const people = (s: SessionRecord) => s.speakers.map((p) => (p.affiliation ? `${p.name} (${p.affiliation})` : p.name));

describe('Sched titles on the KubeCon EU 2026 export', () => {
  it('no role is a company and no role is a speaker', () => {
    const affiliations = kubecon.flatMap((s) => s.speakers.map((p) => p.affiliation));
    expect(affiliations.filter((a) => a === 'Maintainer')).toEqual([]);
    const roleWords =
      /\b(Maintainer|Contributor|Reviewer|Lead|Founder|CEO|Fellow|Specialist|Engineer|Scientist|Owner)$/;
    expect(kubecon.flatMap((s) => s.speakers.filter((p) => roleWords.test(p.name)).map((p) => p.name))).toEqual([]);
    expect(
      people(byTitle(kubecon, 'Project Lightning Talk: Container2Wasm: Running Containers On Wasm Environments')),
    ).toEqual(['Kohei Tokunaga']);
    // "Founder & CEO, Solo.io": a second role of the same speaker, not a speaker called "CEO".
    expect(
      people(
        byTitle(
          kubecon,
          'Sponsored Keynote: From Pilot to Production: Scaling and Optimizing Agentic Workloads on Kubernetes',
        ),
      ),
    ).toEqual(['Idit Levine (Solo.io)', 'Keith Babo (Solo.io)']);
    expect(people(byTitle(kubecon, 'Keynote: The CRA and What it Means for Open Source Communities'))).toEqual([
      'Greg Kroah-Hartman (The Linux Foundation)',
    ]);
    // A speaker whose lightning talk names only a role takes the company her other session names.
    expect(
      people(byTitle(kubecon, 'Project Lightning Talk: A Maintainer’s Tour Of Tag Security And Compliance')),
    ).toEqual(['Marina Moore (Edera)']);
  });

  it('a keynote loses its speakers from the title, even with a dash inside a role', () => {
    const keynote = byTitle(
      kubecon,
      'Keynote: Keeping Sovereignty on Track: Kubernetes Powering a National Railway Platform',
    );
    expect(people(keynote)).toEqual(['Thomas Comtet (SNCF)', 'Yann Rotilio (SNCF)']);
    const keynotes = kubecon.filter((s) => s.kind === 'keynote');
    expect(keynotes.filter((s) => /, (Red Hat|SNCF|Google|Solo\.io)\b/.test(s.title))).toEqual([]);
    // The dash of a subtitle stays in the title.
    expect(
      people(
        byTitle(
          kubecon,
          'Keynote: Riding the Waves: Around the World in an Electric Glider - Powered by Nature, Data, and Open Science',
        ),
      ),
    ).toEqual(['Ricardo Rocha (CERN)', 'Klaus Ohlmann (Mountain-Wave-Project)']);
  });

  it('name lists are several speakers, never a name with another speaker as company', () => {
    const names = new Set(kubecon.flatMap((s) => s.speakers.map((p) => p.name)));
    expect(
      kubecon.filter((s) => s.speakers.some((p) => p.affiliation && names.has(p.affiliation))).map((s) => s.title),
    ).toEqual([]);
    expect(people(byTitle(kubecon, '🚨 Contribfest: Get Started Contributing To bootc'))).toEqual([
      'Joseph Marrero Corchado (Red Hat)',
      'Laura Santamaria (Red Hat)',
      'Preethi Thomas (Red Hat)',
      'Alice Frosi (Red Hat)',
      'Colin Walters (Red Hat)',
    ]);
    expect(
      people(
        byTitle(
          kubecon,
          'Cloud Native Theater | KubeVirt Summit: KubeVirt on GB200: Virtualizing a Rack-Scale Supercomputer',
        ),
      ),
    ).toEqual(['Fan Zhang (NVIDIA)', 'Kevin Klues (NVIDIA)', 'Alay Patel (NVIDIA)']);
    expect(people(byTitle(kubecon, 'Cloud Native Theater | EnvoyCon: Opening Remarks'))).toEqual([
      'Kateryna Nezdolii (Isovalent)',
      'Erica Hughberg (Tetrate)',
      'Chris Mazur (Tetrate)',
    ]);
    expect(
      people(byTitle(kubecon, 'Cloud Native Theater | KubeVirt Summit: Opening Remarks and Community Update')),
    ).toEqual(['Andrew Burden (Red Hat)', 'Itamar Holder (Red Hat)']);
  });

  it('speaker lists after the typo dashes "?-" and " -Name" and names with quotes or parentheses', () => {
    expect(people(byTitle(kubecon, 'Learning Lounge: The CKA Exam Has Evolved - Are You Ready?'))).toEqual([
      'Chad M. Crowell (Akamai)',
    ]);
    const dapr = byTitle(kubecon, 'Taming Complexity: Building Observable Workflows With Dapr and OpenTelemetry');
    expect(people(dapr)).toEqual(['Mauricio "Salaboy" Salatino (Diagrid)', 'Kasper Borg Nissen (Dash0)']);
    // Every title that still holds " - Name, Company" would be a missed split.
    expect(kubecon.filter((s) => s.speakers.length === 0 && / -\s*\S.*, /.test(s.title)).map((s) => s.title)).toEqual(
      [],
    );
  });

  it('"Project Lightning Talk" sessions are lightning talks, the breaks between them breaks', () => {
    const block = kubecon.filter((s) => /^Project Lightning Talk:/.test(s.title));
    expect(block.length).toBeGreaterThan(50);
    const breaks = block.filter((s) => /: (Mini )?Break$|: Lunch/.test(s.title));
    expect(breaks.map((s) => s.kind)).toEqual(breaks.map(() => 'break'));
    expect(block.filter((s) => !breaks.includes(s)).every((s) => s.kind === 'lightning')).toBe(true);
    expect(byTitle(kubecon, '⚡ Lightning Talk: The $100K GPU Mystery: Why Your AI Training Dies at 99%').kind).toBe(
      'lightning',
    );
  });
});

describe('Sched titles on a fan convention export (no companies)', () => {
  const fancon = sessionsOf('sched-fancon-titles.ics');

  it('subtitles stay in the title', () => {
    for (const title of ['High Score is open - All Ages', 'Board Games - Open Play', 'Crafting Corner - Beginners']) {
      expect(people(byTitle(fancon, title)), title).toEqual([]);
    }
  });

  it('a list of names, checked against the other sessions and the description', () => {
    // Sandeep Parikh has a session of his own: he is a speaker, not River Butcher's company.
    expect(people(byTitle(fancon, 'Comedy Night'))).toEqual(['River Butcher', 'Sandeep Parikh']);
    expect(people(byTitle(fancon, 'Late Show'))).toEqual(['Sandeep Parikh']);
    // One word is no name by itself, but the description says Flynn leads it.
    expect(people(byTitle(fancon, 'Improv Jam'))).toEqual(['Flynn']);
  });

  it('keynotes and lightning talks: roles dropped, kinds set', () => {
    const keynote = byTitle(fancon, 'Keynote: Why Fandom Matters');
    expect([keynote.kind, ...people(keynote)]).toEqual(['keynote', 'Jane Doe (Fandom Inc.)']);
    const lightning = byTitle(fancon, 'Project Lightning Talk: Badge Hacking 101');
    expect([lightning.kind, ...people(lightning)]).toEqual(['lightning', 'Sam Lee']);
    expect(byTitle(fancon, 'Project Lightning Talk: Break').kind).toBe('break');
  });
});
