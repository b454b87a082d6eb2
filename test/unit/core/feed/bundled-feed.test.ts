// The bundled feed must come out exactly as the careful reading in cnpe-community-contribution.expected.json says.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scrapeFeed } from '../../../../src/core/feed/scrape-feed';
import { BUNDLED_FEED, FIXTURES } from '../../helpers';

interface Expected {
  event: string;
  sessionCount: number;
  sessions: {
    id: string | null;
    url?: string;
    title: string;
    kind: string;
    track?: string;
    date: string | null;
    speakers: [string, string | null][];
  }[];
  notSessions: string[];
}

const expected = JSON.parse(
  fs.readFileSync(path.join(FIXTURES, 'feeds', 'cnpe-community-contribution.expected.json'), 'utf8'),
) as Expected;
const { sessions } = scrapeFeed(fs.readFileSync(BUNDLED_FEED, 'utf8'), BUNDLED_FEED);

describe('the bundled feed (cnpe-community-contribution.xml)', () => {
  it('lists exactly the expected sessions, once each', () => {
    expect(sessions).toHaveLength(expected.sessionCount);
    expect(new Set(sessions.map((s) => s.sessionKey)).size).toBe(sessions.length);
  });

  for (const want of expected.sessions) {
    it(`extracts ${want.id ?? want.url}: ${want.title}`, () => {
      const got = want.id ? sessions.find((s) => s.sessionKey === want.id) : sessions.find((s) => s.url === want.url);
      expect(got, 'session found').toBeDefined();
      expect(got!.title).toBe(want.title);
      expect(got!.kind).toBe(want.kind);
      expect(got!.track).toBe(want.track ?? null);
      expect(got!.date).toBe(want.date);
      expect(got!.speakers.map((s) => [s.name, s.affiliation])).toEqual(want.speakers);
      expect(got!.event).toBe(expected.event);
      expect(got!.sourceItem).toBe(
        'https://deploy-preview-86--cnpe.netlify.app/fr/blog/platform-engineering-at-kubecon-eu-2024-recap/',
      );
    });
  }

  it('does not take schedule overviews, blog posts, CFPs or other pages for sessions', () => {
    const urls = new Set(sessions.map((s) => s.url));
    for (const url of expected.notSessions) expect(urls.has(url)).toBe(false);
    expect(sessions.every((s) => s.url === null || /sched\.(com|co)\/|youtube\.com\/watch/.test(s.url))).toBe(true);
  });

  it('merges the session linked twice (1ZiQB) into one with the fields of both links', () => {
    const update = sessions.filter((s) => s.sessionKey === '1ZiQB');
    expect(update).toHaveLength(1);
    expect(update[0]!.track).toBe('Platform Engineering Day');
    expect(update[0]!.abstract).toContain('provides an overview of what the Platforms Working Group is');
  });

  it("keeps the post's own words about a session as its plain-text abstract", () => {
    const kcp = sessions.find((s) => s.sessionKey === '1YFfY')!;
    expect(kcp.abstract).toBe(
      'Marvin Beckers from Kubermatic GmbH discusses how kcp supercharges platform engineering with a global control plane for all internal services.',
    );
    expect(kcp.url).toBe(
      'https://colocatedeventseu2024.sched.com/event/1YFfY/building-a-platform-engineering-api-layer-with-kcp-marvin-beckers-kubermatic-gmbh',
    );
    expect(kcp.timeZone).toBe('Europe/Paris');
  });
});
