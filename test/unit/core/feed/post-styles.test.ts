// Post styles the scraper read wrong before (issue 11, round 2), each from a snippet of a real post in
// the development corpus (test/fixtures/feeds-dev, sources and licences in its SOURCES.md), copied as
// the feed renders it. The same forms recur in posts the corpus does not hold.
import { describe, expect, it } from 'vitest';
import { extractSessions } from '../../../../src/core/feed/extract-sessions';
import { parseSpeakerList } from '../../../../src/core/feed/speakers';

const pairs = (phrase: string) => parseSpeakerList(phrase)?.map((s) => [s.name, s.affiliation]) ?? null;

function extract(html: string, title = 'KubeCon + CloudNativeCon North America 2023') {
  return extractSessions({
    title,
    link: 'https://blog.example.org/posts/kubecon/',
    published: '2023-10-20T00:00:00Z',
    html,
  });
}

const speakersOf = (html: string, title?: string) =>
  extract(html, title).map((s) => [s.sessionKey, s.speakers.map((p) => [p.name, p.affiliation])]);

describe('speaker lists written loosely', () => {
  it('keeps "Lightstep from ServiceNow" one company when every speaker is "Name, Company" (OpenTelemetry NA 2023)', () => {
    expect(pairs('Jacob Aronoff, Lightstep from ServiceNow & Andy Keller, observIQ')).toEqual([
      ['Jacob Aronoff', 'Lightstep from ServiceNow'],
      ['Andy Keller', 'observIQ'],
    ]);
    // "A & B from X" still shares the company.
    expect(pairs('Todd Ekenstam & Avni Sharma from Intuit')).toEqual([
      ['Todd Ekenstam', 'Intuit'],
      ['Avni Sharma', 'Intuit'],
    ]);
  });

  it('reads a company in brackets after a stray comma, and one with no comma before the next name (Flux 2022)', () => {
    expect(pairs('Fernando Crespo & Daniel Caballero, (Fastly)')).toEqual([
      ['Fernando Crespo', 'Fastly'],
      ['Daniel Caballero', 'Fastly'],
    ]);
    expect(pairs('Andrew Block & Karena Angell (Red Hat), Matt Farina (SUSE) Scott Rigby (Weaveworks)')).toEqual([
      ['Andrew Block', 'Red Hat'],
      ['Karena Angell', 'Red Hat'],
      ['Matt Farina', 'SUSE'],
      ['Scott Rigby', 'Weaveworks'],
    ]);
  });

  it('drops the Markdown escapes around a nickname (Flux NA 2022)', () => {
    expect(pairs('Priyanka \\"Pinky\\" Ravi (Weaveworks)')).toEqual([['Priyanka "Pinky" Ravi', 'Weaveworks']]);
  });

  it('takes the company after "role & role" and never the project of a role (Dapr NA 2025)', () => {
    const html = `<p><strong>Tuesday Nov 11th</strong></p><ul>
<li><a href="https://sched.co/27FXd">Resilient by Design: Building Durable AI Agents on Kubernetes</a> - Yaron Schneider, Dapr co-creator &amp; co-founder Diagrid |  5:00pm - 5:30pm EST</li></ul>`;
    const [s] = extract(html, 'Dapr at KubeCon NA 2025');
    expect(s!.speakers).toEqual([{ name: 'Yaron Schneider', affiliation: 'Diagrid' }]);
    expect(s!.start).toMatch(/T17:00:00/);
  });

  it('does not take the Chinese half of a bilingual title for a speaker (OpenTelemetry China 2024)', () => {
    const html = `<h2>Maintainer sessions</h2><ul>
<li><strong><a href="https://sched.co/1eYcJ">OpenTelemetry Community Update | OpenTelemetry社区更新</a></strong><br>
  by Zihao Rao &amp; Huxing Zhang &amp; Wanqi Yang, Alibaba Cloud &amp; Jared Tan,
  DaoCloud<br> Wednesday, August 21 • 3:35 - 4:10</li></ul>`;
    const [s] = extract(html, 'OpenTelemetry at KubeCon China 2024');
    expect(s!.title).toBe('OpenTelemetry Community Update | OpenTelemetry社区更新');
    expect(s!.speakers.map((p) => [p.name, p.affiliation])).toEqual([
      ['Zihao Rao', 'Alibaba Cloud'],
      ['Huxing Zhang', 'Alibaba Cloud'],
      ['Wanqi Yang', 'Alibaba Cloud'],
      ['Jared Tan', 'DaoCloud'],
    ]);
    expect(s!.track).toBe('Maintainer sessions');
  });
});

describe('speakers named in prose around the link', () => {
  it('reads "Name (@handle) will <link>verb …</link>" (Linkerd 2018)', () => {
    const html = `<h2>Wednesday, December 12</h2><ul>
<li><strong>1:45 pm</strong>: William Morgan (@wm) will
  <a href="https://sched.co/H3IZ">showcase Linkerd users in production</a> and answer any
  questions you might have about the future of Linkerd. Room 618-620.</li></ul>`;
    expect(speakersOf(html, 'KubeCon NA 2018')).toEqual([['H3IZ', [['William Morgan', null]]]]);
  });

  it('reads "15-minute presentation by Name, Project Maintainer" without the role (Carvel NA 2022)', () => {
    const html = `<ul><li>Tuesday, October 25 • 1:00pm–5:00pm<ul>
<li><a href="https://sched.co/1BaU0">CNCF TAG App Delivery Project Meeting</a> - 15-minute presentation by John Ryan, Carvel Maintainer</li>
</ul></li></ul>`;
    expect(speakersOf(html, 'Carvel at KubeCon NA 2022')).toEqual([['1BaU0', [['John Ryan', null]]]]);
  });

  it('reads linked names on the line under the link and between a label link and the title link (Harbor 2023-24)', () => {
    const html = `<ul>
<li><a href="https://sched.co/1YhgU"><strong>Harbor Maintainers track</strong></a><br />
March 20 | 17:25 - 18:00 (local time)
  <a href="https://sched.co/1YhgU">Project Harbor, All the Year Around, and What Comes Next</a><br />
<a href="https://twitter.com/vad1mo">Vadim Bauer</a>, <a href="https://twitter.com/wy65701436">Yan Wang</a> and <a href="https://twitter.com/OrlinVasilev">Orlin Vasilev</a> - will be presenting this edition of the maintainer's track  </li>
<li>
<p><a href="https://sched.co/1PTHB"><strong>Harbor lightening talk</strong></a>- [Daojun Zhang](<a href="https://github.com/stonezdj">stonezdj</a> - <a href="https://sched.co/1PTHB">⚡闪电演讲: 运行大规模Harbor服务的最佳实践 | Lightning Talk: Best Practice to Run Large Scale Harbor Service</a>  </p>
</li></ul>`;
    expect(speakersOf(html, 'Harbor at KubeCon Paris 2024')).toEqual([
      [
        '1YhgU',
        [
          ['Vadim Bauer', null],
          ['Yan Wang', null],
          ['Orlin Vasilev', null],
        ],
      ],
      ['1PTHB', [['Daojun Zhang', null]]],
    ]);
  });

  it('takes the speakers from an embedded video whose title the slug spells, though the post rewords it (Harbor 2023)', () => {
    const html = `<p>My Kickoff as a speaker at the KubeCon 2023 started with a lightning talk about
<a href="https://kccncna2023.sched.com/event/1R2lk/cl-lightning-talk-dynamically-proxy-helm-charts-as-oci-artifacts-vadim-bauer-8gears-container-registry">Dynamically Proxying Helm Charts as OCI Artifacts</a>.</p>
<iframe src="https://www.youtube.com/embed/y6aSsQY-cXM" title="KubeCon 2023 NA – Lightning Talk: Dynamically Proxy Helm Charts as OCI Artifacts - Vadim Bauer" allowfullscreen></iframe>`;
    expect(speakersOf(html)).toEqual([['1R2lk', [['Vadim Bauer', null]]]]);
  });

  it('reads trailing speakers the slug does not spell, and drops a bare ", Company" after the title (Flux EU 2022)', () => {
    const html = `<ul>
<li>Thu 19: <a href="https://kccnceu2022.sched.com/event/10Bwn/virtual-project-office-hours-flux">Flux Project Office Hour - Paulo Gomes
   (Weaveworks)</a>
   (13:30 - 14:15)</li>
<li><a href="https://sched.co/zrr0">GitOps Everything!? We Sure Can!,
   AppsFlyer</a> (15:30 - 16:00)</li></ul>`;
    const sessions = extract(html, 'Flux at KubeCon EU 2022');
    expect(sessions.map((s) => [s.title, s.kind, s.speakers.map((p) => [p.name, p.affiliation])])).toEqual([
      ['Flux Project Office Hour', 'other', [['Paulo Gomes', 'Weaveworks']]],
      ['GitOps Everything!? We Sure Can!', 'talk', []],
    ]);
  });

  it('does not take the next list line after a "Link" for the speakers (TAG Contributor Strategy newsletter 2023)', () => {
    const html = `<p>Thursday, November 9
- Technical Oversight Committee + TAG Chairs Meeting <a href="https://kccncna2023.sched.com/event/1T8tH?iframe=no">Link</a>
- TAG Meet + Greet <a href="https://kccncna2023.sched.com/event/1S5lo?iframe=no">Link</a></p>`;
    expect(speakersOf(html)).toEqual([
      ['1T8tH', []],
      ['1S5lo', []],
    ]);
  });
});

describe('kinds and tracks from the wording', () => {
  it('reads "… Hands-On Tutorial" as a workshop (Flux EU 2022)', () => {
    const html = `<ul><li>Wed 18: <a href="https://sched.co/ytkj">Intro to Kubernetes, GitOps, and Observability Hands-On
   Tutorial - Johee Chung (Microsoft) &amp; Tiffany Wang
   (Weaveworks)</a> (11:00 - 12:30)</li></ul>`;
    const [s] = extract(html, 'Flux at KubeCon EU 2022');
    expect([s!.kind, s!.speakers.length]).toEqual(['workshop', 2]);
  });

  it('reads an "AI_dev talks" section as the AI_dev track and "KubeCon talks" as the main conference (OpenTelemetry China 2024)', () => {
    const html = `<h2>AI_dev talks</h2><ul>
<li><strong><a href="https://sched.co/1f4zX">Adaptive Tracing Propagation with OpenTelemetry: Navigating Protocol Diversity in the Cloud | Project Lightning Talk</a></strong><br>
  Wednesday, August 21 • 12:03 - 12:08</li></ul>
<h2>KubeCon talks</h2><ul>
<li><strong><a href="https://sched.co/1eYYg">The Journey of Next-Gen FinTech IDP at China Merchants Bank | 中国招商银行下一代金融科技IDP之旅</a></strong><br>
by Jiahang Xu, China Merchants Bank<br> Thursday, August 22 • 11:00 - 11:35</li></ul>`;
    expect(extract(html, 'OpenTelemetry at KubeCon China 2024').map((s) => [s.sessionKey, s.track, s.kind])).toEqual([
      ['1f4zX', 'AI_dev', 'lightning'],
      ['1eYYg', null, 'talk'],
    ]);
  });
});

describe('roles are never affiliations', () => {
  it.each([
    // OpenTelemetry EU 2025: the role of one speaker is not shared from the next one's company.
    [
      'Dotan Horovits, CNCF Ambassador & Adriel Perkins, Liatrio',
      [
        ['Dotan Horovits', null],
        ['Adriel Perkins', 'Liatrio'],
      ],
    ],
    // OpenTelemetry Japan 2025 (full-width brackets).
    ['Eduardo Silva（Maintainer）', [['Eduardo Silva', null]]],
    ['Steve Flanders（Contributor）', [['Steve Flanders', null]]],
    // Dapr NA 2025.
    ['Marc Duiker, Community Manager', [['Marc Duiker', null]]],
    // Linkerd 2018: the job before "at" is dropped, the company after it kept.
    ['Nic Cope, Software Engineer at Planet Labs', [['Nic Cope', 'Planet Labs']]],
    // A KubeCon NA 2019 keynote listing (github.com/arghya88/kubecon-NA-2019): a co-chair of the event.
    ['Vicki Cheung, KubeCon + CloudNativeCon North America 2019 Co-Chair', [['Vicki Cheung', null]]],
  ])('%s', (phrase, want) => {
    expect(pairs(phrase)).toEqual(want);
  });
});

describe('session links written oddly', () => {
  // PipeCD at KubeCon Hong Kong 2024 (github.com/pipe-cd/pipecd,
  // docs/content/en/blog/pipecd-at-kubecon-hongkong-2024.md, Apache-2.0), as Hugo renders its Markdown.
  const pipecd = `<h3>PipeCD's session with Karmada</h3>
<p>We will have a presentation as below.</p>
<ul>
<li>Title: <strong><a href="https://sched.co/1eYYs">Unlocking Scalability and Simplifying Multi-Cloud Management with Karmada and PipeCD</a></strong></li>
<li>Speakers: <a href="https://github.com/khanhtc1202">@khanhtc1202</a>(from PipeCD) and <a href="https://kccncossaidevchn2024.sched.com/speaker/qdurenhongcai?iframe=no">Hongcai Ren</a>(from <a href="https://github.com/karmada-io/karmada">Karmada</a>)</li>
<li>DateTime: Thursday August 22, 2024 11:50 - 12:25 HKT</li>
<li>Venue: Level 1 | Hung Hom Room 7</li>
</ul>`;

  it('reads a session written as labelled lines: title link, date and time, venue', () => {
    const [s] = extract(pipecd, 'PipeCD at CNCF KubeCon Hong Kong 2024');
    expect(s).toMatchObject({
      sessionKey: '1eYYs',
      title: 'Unlocking Scalability and Simplifying Multi-Cloud Management with Karmada and PipeCD',
      date: '2024-08-22',
      start: '2024-08-22T11:50:00+08:00',
      end: '2024-08-22T12:25:00+08:00',
      room: 'Level 1 | Hung Hom Room 7',
    });
  });

  // The issue quotes these forms from posts the project has not seen ("**URL**: https://…sched.com/…",
  // "**Track**: SDLC"); the titles, names and ids below are from the bundled feed's KubeCon EU 2024 post.
  it('reads a plain-text URL after "**URL**:" with its "**Track**:" and "**Speakers**:" lines', () => {
    const html = `<h3>Sometimes Lipstick Is Exactly What a Pig Needs!</h3>
<ul>
<li><strong>Track</strong>: SDLC</li>
<li><strong>Speakers</strong>: Abby Bangser, Syntasso &amp; Whitney Lee, VMware</li>
<li><strong>URL</strong>: https://kccnceu2024.sched.com/event/1YFdf/sometimes-lipstick-is-exactly-what-a-pig-needs-abby-bangser-syntasso-whitney-lee-vmware</li>
</ul>`;
    const [s] = extract(html);
    expect(s).toMatchObject({
      sessionKey: '1YFdf',
      title: 'Sometimes Lipstick Is Exactly What a Pig Needs!',
      track: 'SDLC',
      url: 'https://kccnceu2024.sched.com/event/1YFdf/sometimes-lipstick-is-exactly-what-a-pig-needs-abby-bangser-syntasso-whitney-lee-vmware',
    });
    expect(s!.speakers.map((p) => [p.name, p.affiliation])).toEqual([
      ['Abby Bangser', 'Syntasso'],
      ['Whitney Lee', 'VMware'],
    ]);
  });

  it('reads a Markdown link left unrendered by a stray space, and a link with spaces around its URL', () => {
    const html = `<ul>
<li>[Building a Platform Engineering API Layer with kcp] (https://kccnceu2024.sched.com/event/1YFfY/building-a-platform-engineering-api-layer-with-kcp-marvin-beckers-kubermatic-gmbh) - Marvin Beckers, Kubermatic</li>
<li><a href=" https://sched.co/1YFdf ">Sometimes Lipstick Is Exactly What a Pig Needs!</a> - Abby Bangser from Syntasso &amp; Whitney Lee from VMware</li>
</ul>`;
    expect(extract(html).map((s) => [s.sessionKey, s.title, s.speakers.map((p) => p.name)])).toEqual([
      ['1YFfY', 'Building a Platform Engineering API Layer with kcp', ['Marvin Beckers']],
      ['1YFdf', 'Sometimes Lipstick Is Exactly What a Pig Needs!', ['Abby Bangser', 'Whitney Lee']],
    ]);
  });

  it('leaves a sched URL inside code alone', () => {
    expect(extract('<pre><code>curl https://sched.co/1YFdf</code></pre>')).toEqual([]);
  });
});

describe('speakers in Japanese prose', () => {
  // The issue quotes these forms from Japanese posts the project has not seen ("CompanyのNameが",
  // "CompanyのAとCompanyのB", "Name（Company）"); the sessions and people are from the OpenTelemetry
  // KubeCon Japan 2025 post in the development corpus, written in those forms.
  const ja = (html: string) =>
    extract(html, 'KubeCon + CloudNativeCon Japan 2025 の OpenTelemetry').map((s) => [
      s.sessionKey,
      s.speakers.map((p) => [p.name, p.affiliation]),
    ]);

  it('reads "CompanyのAとCompanyのBが <link>" and "<link>では、Name（Company）が"', () => {
    const html = `<p>Akamai TechnologiesのBrandon KangとDatadogのMostafa Radwanが<a href="https://sched.co/1x71a">Full Lifecycle API Management in Kubernetes With Envoy and WebAssembly</a>について話します。</p>
<p><a href="https://sched.co/1x71m">Debugging OpenTelemetry: Ensuring Your Observability Signals Are Spot On</a>では、Kasper Borg Nissen（Dash0）がシグナルのデバッグ方法を紹介します。</p>`;
    expect(ja(html)).toEqual([
      [
        '1x71a',
        [
          ['Brandon Kang', 'Akamai Technologies'],
          ['Mostafa Radwan', 'Datadog'],
        ],
      ],
      ['1x71m', [['Kasper Borg Nissen', 'Dash0']]],
    ]);
  });

  it('keeps the sentence out of the company and takes no project for a person', () => {
    const html = `<p>初日はGrafana LabsのArthur Sensさんが<a href="https://sched.co/1x71U">The Future of Prometheus Exposition Format</a>を発表します。</p>
<p>このセッションでは、OpenTelemetryが<a href="https://sched.co/1yFEh">⚡ Lightning Talk: OTel 2025: The Latest Milestones and What’s Next</a>を振り返ります。</p>`;
    expect(ja(html)).toEqual([
      ['1x71U', [['Arthur Sens', 'Grafana Labs']]],
      ['1yFEh', []],
    ]);
  });
});
