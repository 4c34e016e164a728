import { VerifiedTokens } from '../verified-tokens.js';

const claims = (exp?: number, nbf?: number) => ({
  sub: 'u1',
  username: 'zhang',
  role: 'sales' as const,
  ver: 0,
  ...(exp ? { exp } : {}),
  ...(nbf ? { nbf } : {}),
});

describe('VerifiedTokens', () => {
  let nowMs = 1_000_000;
  const tokens = () => new VerifiedTokens(2, () => nowMs);

  beforeEach(() => (nowMs = 1_000_000));

  it('answers a token verified before with its claims until it expires, then not at all', () => {
    const cache = tokens();
    cache.remember('t1', claims(1_000 + 60));
    expect(cache.get('t1')).toMatchObject({ sub: 'u1' });
    nowMs = 1_060_000;
    expect(cache.get('t1')).toBeUndefined();
    nowMs = 1_000_000;
    expect(cache.get('t1')).toBeUndefined(); // dropped once seen expired
  });

  it('keeps no token without an expiry or not valid yet, and knows no token it never saw', () => {
    const cache = tokens();
    cache.remember('forever', claims());
    cache.remember('later', claims(2_000, 1_500));
    expect(cache.get('forever')).toBeUndefined();
    expect(cache.get('later')).toBeUndefined();
    expect(cache.get('never-verified')).toBeUndefined();
  });

  it('drops the oldest token when full', () => {
    const cache = tokens();
    for (const token of ['a', 'b', 'c']) cache.remember(token, claims(2_000));
    expect(cache.get('a')).toBeUndefined();
    expect(cache.get('b')).toBeDefined();
    expect(cache.get('c')).toBeDefined();
  });
});
