import { isCanonicalPhone, matchName, normalizeEmail, normalizeName, normalizePhone } from '../index.js';

describe('phone normalisation', () => {
  it.each([
    ['13812345679', '13812345679'],
    ['138-1234-5679', '13812345679'],
    ['138 1234 5679', '13812345679'],
    ['138.1234.5679', '13812345679'],
    ['(138)1234-5679', '13812345679'],
    ['+86 138 1234 5679', '13812345679'],
    ['+86 138-1234-5679', '13812345679'],
    ['0086 138 1234 5679', '13812345679'],
    ['86 13812345679', '13812345679'],
    ['１３８１２３４５６７９', '13812345679'],
    ['＋８６ １３８-１２３４-５６７９', '13812345679'],
    ['+44 20 7946 0958', '+442079460958'],
    ['0044 20 7946 0958', '+442079460958'],
    ['+1 (415) 555-2671', '+14155552671'],
    ['010-12345678', '+861012345678'],
  ])('%s is stored as %s', (entered, canonical) => {
    expect(normalizePhone(entered)).toBe(canonical);
  });

  it.each(['abc', '12345', '138-1234-567', '+44 12', '1381234567x', '', '+'])('%j is no phone number', (entered) => {
    expect(normalizePhone(entered)).toBeUndefined();
  });

  it('tells a canonical stored phone from a legacy one', () => {
    expect(isCanonicalPhone('13812345679')).toBe(true);
    expect(isCanonicalPhone('+442079460958')).toBe(true);
    expect(isCanonicalPhone('+8613812345679')).toBe(false);
    expect(isCanonicalPhone('138-1234-5679')).toBe(false);
    expect(isCanonicalPhone('+12345678')).toBe(false);
  });
});

describe('e-mail and name normalisation', () => {
  it('trims and lower-cases an e-mail', () => {
    expect(normalizeEmail('  Zhang.Wei@Example.COM ')).toBe('zhang.wei@example.com');
  });

  it('folds full-width ASCII, trims and collapses spaces in a name', () => {
    expect(normalizeName('ＡＢＣ　公司')).toBe('ABC 公司');
    expect(normalizeName('  Star   Trading \t Co. ')).toBe('Star Trading Co.');
  });
});

describe('match names', () => {
  it('folds traditional characters to simplified and drops company suffixes', () => {
    expect(matchName('華星貿易有限責任公司').core).toBe(matchName('华星贸易集团').core);
    expect(matchName('華星貿易有限公司').script).toBe(matchName('华星贸易有限公司').script);
    expect(matchName('Star Trading Co., Ltd.').core).toBe(matchName('star trading').core);
    expect(matchName('华星贸易').core).not.toBe(matchName('华星物流').core);
  });
});
