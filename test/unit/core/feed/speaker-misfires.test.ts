// Text around a session link that looks like a speaker list but is not one (review of 762248d):
// each case once made the scraper invent a speaker or cut a real one.
import { describe, expect, it } from 'vitest';
import { splitLinkText } from '../../../../src/core/feed/speaker-phrase';
import { parseSpeakerList } from '../../../../src/core/feed/speakers';

const pairs = (phrase: string) => parseSpeakerList(phrase)?.map((s) => [s.name, s.affiliation]) ?? null;

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

  it('keeps a subtitle when the slug is cut inside the title', () => {
    const slug = 'your-first-steps-to-start-your-cloud-native-journ';
    expect(splitLinkText('Your First Steps to Start Your Cloud Native Journey - Practical Tips', slug).speakers).toBe(
      null,
    );
  });
});
