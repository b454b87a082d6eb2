// Property: the radix sort used to rank large result sets orders positive doubles exactly as the
// typed array's own sort does, ties, tiny and huge values included.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { radixSortPositive } from '../../../../src/core/search/radix-sort';

describe('radixSortPositive', () => {
  it('sorts like Float64Array.prototype.sort', () => {
    const positive = fc.oneof(
      fc.double({ min: 0, max: 1e6, noNaN: true }),
      fc.constantFrom(0, Number.MIN_VALUE, 1, 1 + Number.EPSILON, 2 ** 40, Number.MAX_VALUE),
    );
    fc.assert(
      fc.property(fc.array(positive, { maxLength: 3000 }), (values) => {
        const keys = Float64Array.from(values);
        const expected = Float64Array.from(values).sort();
        radixSortPositive(keys);
        expect(Array.from(keys)).toEqual(Array.from(expected));
      }),
      { numRuns: 100, seed: 5 },
    );
  });

  it('sorts a ranking-sized array (100,000 scores)', () => {
    const keys = Float64Array.from({ length: 100_000 }, (_, i) => ((i * 7919) % 100_003) / 37);
    const expected = keys.slice().sort();
    radixSortPositive(keys);
    expect(keys).toEqual(expected);
  });
});
