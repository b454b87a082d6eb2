// Every speaker-list form the posts use, and the patterns around a session link.
import { describe, expect, it } from 'vitest';
import { extractSessions } from '../../../../src/core/feed/extract-sessions';
import { splitLinkText } from '../../../../src/core/feed/speaker-phrase';
import { parseSpeakerList } from '../../../../src/core/feed/speakers';

const pairs = (phrase: string) => parseSpeakerList(phrase)?.map((s) => [s.name, s.affiliation]) ?? null;

describe('speaker lists', () => {
  it.each([
    [
      'A from X & B from Y',
      'Abby Bangser from Syntasso & Whitney Lee from VMware',
      [
        ['Abby Bangser', 'Syntasso'],
        ['Whitney Lee', 'VMware'],
      ],
    ],
    [
      'A & B from X',
      'Todd Ekenstam & Avni Sharma from Intuit',
      [
        ['Todd Ekenstam', 'Intuit'],
        ['Avni Sharma', 'Intuit'],
      ],
    ],
    [
      'A, X; B, Y',
      'Jorge Lainfiesta, Rootly; Abby Bangser, Syntasso',
      [
        ['Jorge Lainfiesta', 'Rootly'],
        ['Abby Bangser', 'Syntasso'],
      ],
    ],
    [
      'A, X & B, Y',
      'Constanze Roedig, TU Wien & James Callaghan, ControlPlane',
      [
        ['Constanze Roedig', 'TU Wien'],
        ['James Callaghan', 'ControlPlane'],
      ],
    ],
    [
      'A & B, X',
      'Liz Rice & John Fastabend, Isovalent',
      [
        ['Liz Rice', 'Isovalent'],
        ['John Fastabend', 'Isovalent'],
      ],
    ],
    [
      'A (X)',
      'Ryan Nowak (Microsoft), Bruno Schaatsbergen (HashiCorp), and Jochen Zehnder (Inventx)',
      [
        ['Ryan Nowak', 'Microsoft'],
        ['Bruno Schaatsbergen', 'HashiCorp'],
        ['Jochen Zehnder', 'Inventx'],
      ],
    ],
    ['A, Role, X', 'Jane Doe, Principal Engineer, Acme Corp', [['Jane Doe', 'Acme Corp']]],
    [
      'list ending with and',
      'Lian, Thomas, Mauricio and Atul',
      [
        ['Lian', null],
        ['Thomas', null],
        ['Mauricio', null],
        ['Atul', null],
      ],
    ],
    ['nickname in quotes', 'Mauricio “Salaboy” Salatino from Diagrid', [['Mauricio “Salaboy” Salatino', 'Diagrid']]],
    [
      'diacritics',
      'Oleg Šelajev from AtomicJar & Mads Høgstedt Danquah from The LEGO Group',
      [
        ['Oleg Šelajev', 'AtomicJar'],
        ['Mads Høgstedt Danquah', 'The LEGO Group'],
      ],
    ],
    [
      '"from the X" drops the article',
      'Hans Kristian Flaatten from the Norwegian Labor and Welfare Administration',
      [['Hans Kristian Flaatten', 'Norwegian Labor and Welfare Administration']],
    ],
    ['A, from X', 'Nicki Watt, from OpenCredo', [['Nicki Watt', 'OpenCredo']]],
    [
      'mixed ; groups',
      'Jorge Lainfiesta, Independent Contributor; Leena Mooneeram from Chainalysis; Edgaras Petovradžius from LEGO',
      [
        ['Jorge Lainfiesta', 'Independent Contributor'],
        ['Leena Mooneeram', 'Chainalysis'],
        ['Edgaras Petovradžius', 'LEGO'],
      ],
    ],
    ['particles', 'Ana de la Cruz from Acme', [['Ana de la Cruz', 'Acme']]],
  ])('%s', (_form, phrase, want) => {
    expect(pairs(phrase)).toEqual(want);
  });

  it('refuses text that is not a list of people', () => {
    expect(
      splitLinkText(
        'Beyond Platform Thinking at Ritchie Brothers - Build Things No One Expects, in a Place No One Expect',
        null,
      ),
    ).toEqual({
      title: 'Beyond Platform Thinking at Ritchie Brothers - Build Things No One Expects, in a Place No One Expect',
      speakers: null,
    });
    expect(
      splitLinkText('Building AI-Ready Platforms - Symphony for Developer and Platform Engineer', null).speakers,
    ).toBeNull();
    expect(splitLinkText('Cilium Intro - Nico Vibert & Dan Finneran, Isovalent', null).speakers).toHaveLength(2);
    expect(parseSpeakerList('Platform Working Group Leads')).toBeNull();
    expect(parseSpeakerList('the team shows how it works')).toBeNull();
  });
});

function extract(html: string, title = 'Our talks at KubeCon EU 2024') {
  return extractSessions({
    title,
    link: 'https://blog.example.org/posts/kubecon/',
    published: '2024-03-01T00:00:00Z',
    html,
  });
}

describe('session links in a post', () => {
  it('treats ?iframe=no and other query strings as the same session, and resolves relative links', () => {
    const sessions = extract(`
      <ul><li><a href="https://kccnceu2024.sched.com/event/1YeQt/ebpfs-abilities?iframe=no">eBPF’s Abilities and Limitations: The Truth</a></li>
      <li><a href="https://kccnceu2024.sched.com/event/1YeQt/ebpfs-abilities#top">eBPF's abilities</a> - Liz Rice from Isovalent explains.</li></ul>
      <p><a href="/slides.pdf">slides</a></p>`);
    expect(sessions).toHaveLength(2);
    expect(new Set(sessions.map((s) => s.sessionKey))).toEqual(new Set(['1YeQt']));
    expect(sessions[0]!.url).toBe('https://kccnceu2024.sched.com/event/1YeQt/ebpfs-abilities');
  });

  it('reads kinds from "Panel:" / "Keynote:" prefixes, sched slugs and section headings', () => {
    const sessions = extract(`
      <h2>Keynotes</h2><ul><li><a href="https://sched.co/AAAA1">Opening Remarks</a></li></ul>
      <h2>Workshops</h2><ul><li><a href="https://sched.co/AAAA2">Hands on with Cilium</a></li></ul>
      <h2>Talks</h2><ul>
      <li><a href="https://sched.co/AAAA3">Panel: The Future of Platforms</a></li>
      <li><a href="https://kccnceu2024.sched.com/event/AAAA4/cl-lightning-talk-small-wins-jane-doe-acme">Small Wins</a> - Jane Doe from Acme</li>
      <li><a href="https://sched.co/AAAA5">Keynote: Cloud Native at Scale</a></li></ul>`);
    const kinds = Object.fromEntries(sessions.map((s) => [s.sessionKey, s.kind]));
    expect(kinds).toEqual({
      AAAA1: 'keynote',
      AAAA2: 'workshop',
      AAAA3: 'panel',
      AAAA4: 'lightning',
      AAAA5: 'keynote',
    });
  });

  it('finds sessions in headings followed by a date line and an abstract', () => {
    const [s] = extract(`
      <h3><a href="https://kccnceu2024.sched.com/event/1YeQJ">Running PCI-DSS Certified Kubernetes Workloads</a></h3>
      <p>Stephen Hoekstra, Schuberg Philis</p>
      <p>Thursday, March 21, 2024 • 17:25 - 18:00 CET · Room: Pavilion 7</p>
      <p>Compliance in the public cloud can sound scary.</p>
      <h3>Other news</h3><p>Not part of it.</p>`);
    expect(s).toMatchObject({
      sessionKey: '1YeQJ',
      title: 'Running PCI-DSS Certified Kubernetes Workloads',
      speakers: [{ name: 'Stephen Hoekstra', affiliation: 'Schuberg Philis' }],
      date: '2024-03-21',
      start: '2024-03-21T17:25:00+01:00',
      end: '2024-03-21T18:00:00+01:00',
      room: 'Pavilion 7',
      abstract: 'Compliance in the public cloud can sound scary.',
    });
  });

  it('reads speakers, date line and room written on lines under the link, and the abstract after', () => {
    const [s] = extract(`
      <p><strong><a href="https://kccnceu2024.sched.com/event/1YeNT">No 'Soup' for You! Enforcing Network Policies</a></strong><br>
      Vinay Kulkarni, eBay<br>Friday, March 22, 2024 • 11:00 - 11:35 CET<br>Room: Hall 7, Level 1</p>
      <p>Current Kubernetes networking solutions provide basic security.</p>
      <p><a href="https://kccnceu2024.sched.com/event/1YeR5">Next One</a></p>`);
    expect(s).toMatchObject({
      sessionKey: '1YeNT',
      speakers: [{ name: 'Vinay Kulkarni', affiliation: 'eBay' }],
      start: '2024-03-22T11:00:00+01:00',
      end: '2024-03-22T11:35:00+01:00',
      room: 'Hall 7, Level 1',
      abstract: 'Current Kubernetes networking solutions provide basic security.',
    });
  });

  it('takes the title from the heading when the sched link below it only says "Add to your schedule"', () => {
    const sessions = extract(`
      <h2>Our talks</h2>
      <h3>Keynote: Cloud Native at 10</h3>
      <p>Priyanka Sharma, CNCF</p>
      <p>Wednesday, March 20, 2024, 09:00 - 09:20 CET</p>
      <p>Ten years of cloud native, and what comes next.</p>
      <p><a href="https://kccnceu2024.sched.com/event/1YhhA?iframe=no">Add to your schedule</a></p>
      <h3>Scaling GitOps</h3>
      <p>A talk about GitOps at scale.</p>
      <p><a href="https://sched.co/1YhhB">View on Sched</a></p>`);
    expect(
      sessions.map((s) => [s.sessionKey, s.title, s.kind, s.speakers.map((p) => p.name), s.start, s.abstract]),
    ).toEqual([
      [
        '1YhhA',
        'Keynote: Cloud Native at 10',
        'keynote',
        ['Priyanka Sharma'],
        '2024-03-20T09:00:00+01:00',
        'Ten years of cloud native, and what comes next.',
      ],
      ['1YhhB', 'Scaling GitOps', 'talk', [], null, 'A talk about GitOps at scale.'],
    ]);
  });

  it('reads bare times next to links under a day heading, and "Title by Speaker" link texts', () => {
    const sessions = extract(`
      <h2>Wednesday, March 20</h2>
      <ul><li>11:00 - 11:35: <a href="https://sched.co/1AAA1">Cilium Powered by eBPF</a></li>
      <li><a href="https://sched.co/1AAA2">Service Mesh Deep Dive by Jane Doe, Acme</a> (2:30pm)</li></ul>`);
    expect(sessions.map((s) => [s.title, s.speakers.map((p) => p.name), s.start, s.end])).toEqual([
      ['Cilium Powered by eBPF', [], '2024-03-20T11:00:00+01:00', '2024-03-20T11:35:00+01:00'],
      ['Service Mesh Deep Dive', ['Jane Doe'], '2024-03-20T14:30:00+01:00', null],
    ]);
  });

  it('reads a schedule table with date and speakers in the topic cell', () => {
    const sessions = extract(`<table><tr><th>Date</th><th>Time</th><th>Session</th><th>Room</th></tr>
      <tr><td>Thursday</td><td>14:00 - 14:30</td><td><a href="https://sched.co/1T001">Scaling Argo</a> - Jane Doe, Acme</td><td>Hall 7</td></tr>
      <tr><td>Friday</td><td>10:00</td><td>Team lunch</td><td>Cafe</td></tr></table>`);
    expect(sessions.map((s) => [s.sessionKey, s.title, s.date, s.start, s.end, s.room, s.speakers])).toEqual([
      [
        '1T001',
        'Scaling Argo',
        '2024-03-21',
        '2024-03-21T14:00:00+01:00',
        '2024-03-21T14:30:00+01:00',
        'Hall 7',
        [{ name: 'Jane Doe', affiliation: 'Acme' }],
      ],
    ]);
  });

  it('takes YouTube recordings as sessions where the post presents them as such, and only there', () => {
    const sessions = extract(`
      <h2>Recordings</h2><ul>
      <li><a href="https://www.youtube.com/watch?v=AAAAAAAAAAA&t=5s">Scaling Argo at Acme</a></li>
      <li><a href="https://youtu.be/BBBBBBBBBBB">Cilium Intro - Nico Vibert, Isovalent</a></li></ul>
      <h2>Fun</h2><p>Our <a href="https://www.youtube.com/watch?v=CCCCCCCCCCC">team video</a> is out.</p>`);
    expect(sessions.map((s) => [s.sessionKey, s.url, s.title, s.speakers.map((p) => p.name)])).toEqual([
      ['yt-AAAAAAAAAAA', 'https://www.youtube.com/watch?v=AAAAAAAAAAA', 'Scaling Argo at Acme', []],
      ['yt-BBBBBBBBBBB', 'https://www.youtube.com/watch?v=BBBBBBBBBBB', 'Cilium Intro', ['Nico Vibert']],
    ]);
  });

  it('reads speakers written before the link ("Jane Doe (Acme): <link>"), not headings-like leads', () => {
    const sessions = extract(`<ul>
      <li>Jane Doe (Acme) &amp; Raj Patel (Initech): <a href="https://sched.co/1AAAA">Scaling Argo Rollouts</a></li>
      <li>Platform Engineering Day: <a href="https://sched.co/1BBBB">Opening Remarks</a></li>
      <li>Sam Lee - <a href="https://kccnceu2024.sched.com/event/1CCCC/gitops-at-scale-sam-lee-acme">GitOps at Scale</a></li></ul>`);
    expect(sessions.map((s) => s.speakers.map((p) => `${p.name}/${p.affiliation}`))).toEqual([
      ['Jane Doe/Acme', 'Raj Patel/Initech'],
      [],
      ['Sam Lee/null'],
    ]);
  });

  it('names a session linked as "schedule" from the words before the link', () => {
    const [s] = extract(
      '<ul><li>Scaling Argo Rollouts - Jane Doe, Acme (<a href="https://sched.co/1ABCD">schedule</a>)</li></ul>',
    );
    expect(s).toMatchObject({
      sessionKey: '1ABCD',
      title: 'Scaling Argo Rollouts',
      speakers: [{ name: 'Jane Doe', affiliation: 'Acme' }],
    });
  });

  it('adds no session for posts without session links, and ignores overview, CFP and Slack links', () => {
    expect(extract('<p>Nothing to see.</p>')).toEqual([]);
    expect(
      extract(`<p><a href="https://colocatedeventseu2024.sched.com/overview/type/BackstageCon">BackstageCon</a>,
        <a href="https://events.linuxfoundation.org/kubecon-cloudnativecon-north-america/program/cfp/">CFP</a>,
        <a href="https://cloud-native.slack.com/archives/C020RHD43BP">Slack</a>,
        <a href="https://sched.com/">Sched</a></p>`),
    ).toEqual([]);
  });

  it('names the event from the sched subdomain, else from the post title', () => {
    expect(extract('<p><a href="https://kccncna2023.sched.com/event/1R2ut">A Talk</a></p>')[0]!.event).toBe(
      'KubeCon + CloudNativeCon North America 2023',
    );
    expect(extract('<p><a href="https://sched.co/1R2ut">A Talk</a></p>', 'Recap: KubeCon London 2025')[0]!.event).toBe(
      'KubeCon + CloudNativeCon Europe 2025',
    );
  });
});
