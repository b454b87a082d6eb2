// Generated catalogues of any size built from real sessions' vocabulary (KubeCon EU 2026 + 2024):
// real titles with words swapped, real speakers and affiliations, abstracts of real sentences.
import type { SessionView } from '../../src/shared/types';
import { catalogueBatches } from '../fixtures/catalogue/catalogue-batches';

/** A small deterministic PRNG (mulberry32), so every run benches the same catalogue. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Vocabulary {
  sessions: SessionView[];
  titleWords: string[];
  sentences: string[];
  speakers: SessionView['speakers'];
}

export function vocabulary(): Vocabulary {
  const sessions: SessionView[] = catalogueBatches()
    .flatMap((batch) => batch.sessions)
    .map((record) => ({ ...record, status: 'active', agenda: null, note: null, changes: [] }));
  const titleWords = [...new Set(sessions.flatMap((s) => s.title.split(/\s+/)).filter((w) => /^\p{L}{4,}$/u.test(w)))];
  const sentences = sessions.flatMap((s) => (s.abstract ?? '').split(/(?<=[.!?])\s+/)).filter((x) => x.length > 30);
  const speakers = sessions.flatMap((s) => s.speakers);
  return { sessions, titleWords, sentences, speakers };
}

export function generateCatalogue(vocab: Vocabulary, size: number, seed = 42): SessionView[] {
  const next = random(seed);
  const pick = <T>(list: T[]): T => list[Math.floor(next() * list.length)]!;
  const out: SessionView[] = [];
  for (let i = 0; i < size; i += 1) {
    const base = vocab.sessions[i % vocab.sessions.length]!;
    const words = base.title.split(/\s+/);
    // Past the real catalogue's size, swap a word or two so titles stay varied.
    if (i >= vocab.sessions.length) {
      for (let swaps = 1 + Math.floor(next() * 2); swaps > 0; swaps -= 1) {
        words[Math.floor(next() * words.length)] = pick(vocab.titleWords);
      }
    }
    const speakers = Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(vocab.speakers));
    const abstract = Array.from({ length: 3 + Math.floor(next() * 4) }, () => pick(vocab.sentences)).join(' ');
    const timed = pick(vocab.sessions);
    out.push({
      ...base,
      sessionKey: `gen-${i}`,
      title: words.join(' '),
      speakers,
      abstract,
      track: pick(vocab.sessions).track,
      room: pick(vocab.sessions).room,
      date: timed.date,
      start: timed.start,
      end: timed.end,
    });
  }
  return out;
}
