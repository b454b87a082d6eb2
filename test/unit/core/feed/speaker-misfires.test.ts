// Text around a session link that looks like a speaker list but is not one (review of 762248d):
// each case once made the scraper invent a speaker or cut a real one.
import { describe, expect, it } from 'vitest';
import { extractSessions } from '../../../../src/core/feed/extract-sessions';
import { splitLinkText } from '../../../../src/core/feed/speaker-phrase';
import { parseSpeakerList } from '../../../../src/core/feed/speakers';

const pairs = (phrase: string) => parseSpeakerList(phrase)?.map((s) => [s.name, s.affiliation]) ?? null;

/** Each session's key and speakers as [name, affiliation], from a post of a KubeCon EU 2024 series. */
const speakersOf = (html: string) =>
  extractSessions({
    title: 'Harbor at KubeCon + CloudNativeCon Europe 2024',
    link: 'https://blog.example.org/posts/kubecon-eu-2024/',
    published: '2024-03-01T00:00:00Z',
    html,
  }).map((s) => [s.sessionKey, s.speakers.map((p) => [p.name, p.affiliation])]);

describe('speaker lists that must not split or merge', () => {
  it('keeps a bracketed nickname inside its name', () => {
    expect(pairs('Dan (Pop) Papandrea (Sysdig)')).toEqual([['Dan (Pop) Papandrea', 'Sysdig']]);
  });

  it('still ends a speaker at the bracketed company before the next full name', () => {
    expect(pairs('Matt Farina (SUSE) Scott Rigby (Weaveworks)')).toEqual([
      ['Matt Farina', 'SUSE'],
      ['Scott Rigby', 'Weaveworks'],
    ]);
  });

  it('reads "role of Project" as a role, never an affiliation', () => {
    expect(pairs('Jane Doe, maintainer of Flux')).toEqual([['Jane Doe', null]]);
    expect(pairs('Jane Doe, Co-Chair of TAG Security, Acme')).toEqual([['Jane Doe', 'Acme']]);
    // A company with "of" in its name is still a company.
    expect(pairs('Jane Doe, Bank of America')).toEqual([['Jane Doe', 'Bank of America']]);
  });

  it('does not fold a second speaker into the company after a role', () => {
    expect(pairs('Jane Roe, Google & CNCF Ambassador John Smith')).toEqual([
      ['Jane Roe', 'Google'],
      ['John Smith', null],
    ]);
  });
});

describe('link text after a dash', () => {
  it('keeps a subtitle when the Sched slug is cut short of it', () => {
    const slug = 'running-prometheus-at-scale-less';
    expect(splitLinkText('Running Prometheus at Scale - Lessons Learned', slug)).toEqual({
      title: 'Running Prometheus at Scale - Lessons Learned',
      speakers: null,
    });
  });

  it('keeps a title word after a comma that no company is named ("…(Part 2), Revisited")', () => {
    expect(splitLinkText('Debugging Flux Controllers (Part 2), Revisited', null).title).toBe(
      'Debugging Flux Controllers (Part 2), Revisited',
    );
    // A company after the title's own last mark is still cut off.
    expect(splitLinkText('GitOps Everything!? We Sure Can!, AppsFlyer', null).title).toBe(
      'GitOps Everything!? We Sure Can!',
    );
  });

  it('keeps a subtitle when the slug is cut inside the title', () => {
    const slug = 'your-first-steps-to-start-your-cloud-native-journ';
    expect(splitLinkText('Your First Steps to Start Your Cloud Native Journey - Practical Tips', slug).speakers).toBe(
      null,
    );
  });
});

// Sentences under a session link (the forms of the Harbor and OpenTelemetry posts in the dev corpus):
// only a sentence that names people in full, on the session's own next line, gives it speakers.
describe('speakers named in prose under a link', () => {
  it('takes no speaker from a sentence about the audience', () => {
    const html = `<ul><li><a href="https://kccnceu2024.sched.com/event/1YeQZ/building-a-developer-portal-with-backstage">Building a Developer Portal with Backstage</a><br />
Attendees will walk away with a working portal and a plan to roll it out in their own teams.</li></ul>`;
    expect(speakersOf(html)).toEqual([['1YeQZ', []]]);
  });

  it('takes no speaker from a capitalised phrase that is not a name', () => {
    const html = `<ul><li><a href="https://sched.co/1YeQZ">Building a Developer Portal with Backstage</a><br />
Hands-on Labs will walk you through every step, from an empty cluster to a running portal.</li></ul>`;
    expect(speakersOf(html)).toEqual([['1YeQZ', []]]);
  });

  it('gives the sentence before the next link to that link, not to the one above it', () => {
    const html = `<p>Vadim Bauer will be presenting <a href="https://sched.co/1YhgU">Project Harbor, All the Year Around, and What Comes Next</a><br />
Yan Wang will talk about <a href="https://sched.co/1YeRK">Leveraging OCI 1.1 for Enhanced SBOM Integration</a></p>`;
    expect(speakersOf(html)).toEqual([
      ['1YhgU', [['Vadim Bauer', null]]],
      ['1YeRK', [['Yan Wang', null]]],
    ]);
  });

  it('does not give a session names its Sched slug does not spell', () => {
    const html = `<ul><li><a href="https://kccnceu2024.sched.com/event/1YeRK/leveraging-oci-11-for-enhanced-sbom-integration-teppei-fukuda-aqua-security">Leveraging OCI 1.1 for Enhanced SBOM Integration</a><br />
Vadim Bauer and Orlin Vasilev will be presenting demos at the Harbor kiosk all week.</li></ul>`;
    expect(speakersOf(html)).toEqual([['1YeRK', []]]);
  });

  it('takes the role, not an affiliation, from "Name, maintainer of Project" after the link', () => {
    const html = `<ul><li><a href="https://sched.co/1HyXq">Flux Multi-Tenancy Deep Dive</a> - Jane Doe, maintainer of Flux, will walk through the new tenancy model.</li></ul>`;
    expect(speakersOf(html)).toEqual([['1HyXq', [['Jane Doe', null]]]]);
  });

  it('still reads full names on the line under the link', () => {
    const html = `<ul><li><a href="https://sched.co/1YhgU">Project Harbor, All the Year Around, and What Comes Next</a><br />
Vadim Bauer, Yan Wang and Orlin Vasilev - will be presenting this edition of the maintainer's track</li></ul>`;
    expect(speakersOf(html)).toEqual([
      [
        '1YhgU',
        [
          ['Vadim Bauer', null],
          ['Yan Wang', null],
          ['Orlin Vasilev', null],
        ],
      ],
    ]);
  });
});

describe('speakers from an embedded video', () => {
  // The post rewords Sched's title, whose slug is "…-a-lightning-talk-jane-doe-acme"; the recording may be
  // this session's (its Sched title) or an older talk of hers with a co-speaker ("Lightning Talk - …").
  const post = (
    videoTitle: string,
  ) => `<p><a href="https://kccnceu2024.sched.com/event/1YeQ1/harbor-replication-at-scale-a-lightning-talk-jane-doe-acme">Replicating Harbor Registries at Scale</a></p>
<p>Missed last year's? Here it is:</p>
<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ" title="${videoTitle}"></iframe>`;

  it('does not match a short generic video title to the session because its slug spells it', () => {
    expect(speakersOf(post('Lightning Talk - Jane Doe &amp; John Smith, VMware'))).toEqual([['1YeQ1', []]]);
  });

  it('still matches a video whose title the slug spells in full', () => {
    expect(speakersOf(post('Harbor Replication at Scale: A Lightning Talk - Jane Doe, Acme'))).toEqual([
      ['1YeQ1', [['Jane Doe', 'Acme']]],
    ]);
  });
});
