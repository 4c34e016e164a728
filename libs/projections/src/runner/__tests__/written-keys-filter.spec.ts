import { WrittenKeysFilter } from '../written-keys-filter.js';

describe('WrittenKeysFilter', () => {
  it('never forgets a key it was given, and rejects almost every other', () => {
    const filter = new WrittenKeysFilter();
    for (let i = 0; i < 50_000; i += 1) filter.add(`customer-profiles\u0000c${i}`);
    for (let i = 0; i < 50_000; i += 1) expect(filter.mightContain(`customer-profiles\u0000c${i}`)).toBe(true);
    let falsePositives = 0;
    for (let i = 50_000; i < 100_000; i += 1) if (filter.mightContain(`customer-profiles\u0000c${i}`)) falsePositives += 1;
    expect(falsePositives).toBeLessThan(50);
  });
});
