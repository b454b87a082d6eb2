// Sorting many positive doubles by their bits: a least-significant-digit radix sort in 16-bit digits.
// A keystroke that matches most of a 100,000-session catalogue ranks every match; the typed array's
// comparison sort was a third of that, four counting passes are a fraction of it. Same order exactly.

const DIGIT = 16;
const BUCKETS = 1 << DIGIT;
const counts = new Uint32Array(BUCKETS);

/**
 * Sorts `keys` ascending in place. For positive doubles (and +0) the numeric order is the order of
 * their bit patterns read as unsigned 64-bit integers (high word first), which is what is sorted.
 * Little-endian only: the low word of each double comes first in memory.
 */
export function radixSortPositive(keys: Float64Array): void {
  const n = keys.length;
  let from: Uint32Array = new Uint32Array(keys.buffer, keys.byteOffset, n * 2);
  let to: Uint32Array = new Uint32Array(n * 2);
  for (let pass = 0; pass < 4; pass += 1) {
    const word = pass >> 1; // 0: low word, 1: high word
    const shift = (pass & 1) * DIGIT;
    counts.fill(0);
    for (let i = 0; i < n; i += 1) counts[(from[2 * i + word]! >>> shift) & (BUCKETS - 1)]! += 1;
    // Every key has the same digit: this pass would not move anything.
    if (counts[(from[word]! >>> shift) & (BUCKETS - 1)] === n) continue;
    let sum = 0;
    for (let b = 0; b < BUCKETS; b += 1) {
      const c = counts[b]!;
      counts[b] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i += 1) {
      const at = counts[(from[2 * i + word]! >>> shift) & (BUCKETS - 1)]!++;
      to[2 * at] = from[2 * i]!;
      to[2 * at + 1] = from[2 * i + 1]!;
    }
    [from, to] = [to, from];
  }
  if (from.buffer !== keys.buffer) new Uint32Array(keys.buffer, keys.byteOffset, n * 2).set(from);
}
