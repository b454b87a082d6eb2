// A tiny benchmark harness: times a case and its baseline in one process and prints medians and
// their ratio, so a slower machine moves both sides alike. measure() runs one side's runs back to
// back; measureInterleaved() takes turns between sides, for cases on a noisy machine.
import { performance } from 'node:perf_hooks';

export interface Measured {
  name: string;
  medianMs: number;
  p95Ms: number;
  runs: number;
}

function summarize(name: string, times: number[], runs: number): Measured {
  times.sort((a, b) => a - b);
  return {
    name,
    medianMs: times[Math.floor(times.length / 2)]!,
    p95Ms: times[Math.min(times.length - 1, Math.floor(times.length * 0.95))]!,
    runs,
  };
}

export function measure(name: string, fn: () => void, runs: number): Measured {
  const times: number[] = [];
  fn(); // warm-up
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return summarize(name, times, runs);
}

/**
 * Like measure() for several sides at once, taking turns run by run (each warmed up first), so that
 * load from another job slows every side alike instead of whichever happened to run during it.
 */
export function measureInterleaved(sides: { name: string; fn: () => void }[], runs: number): Measured[] {
  for (const side of sides) side.fn(); // warm-up
  const times = sides.map((): number[] => []);
  for (let i = 0; i < runs; i += 1) {
    sides.forEach((side, s) => {
      const start = performance.now();
      side.fn();
      times[s]!.push(performance.now() - start);
    });
  }
  return sides.map((side, s) => summarize(side.name, times[s]!, runs));
}

export function report(subject: Measured, baseline: Measured, note = ''): void {
  const ratio = subject.medianMs / baseline.medianMs;
  console.log(
    `${subject.name.padEnd(44)} median ${subject.medianMs.toFixed(2).padStart(9)} ms  p95 ${subject.p95Ms
      .toFixed(2)
      .padStart(9)} ms  = ${ratio.toFixed(2)}x ${baseline.name}${note ? `  (${note})` : ''}`,
  );
}

export interface BenchCase {
  title: string;
  run: () => void | Promise<void>;
}
