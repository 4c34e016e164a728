import { generatePassword, passwordWeakness } from '../password-policy.js';

describe('password policy', () => {
  it('refuses short, common and keyboard-walk passwords, naming why', () => {
    expect(passwordWeakness('short1')).toBe('must be at least 10 characters');
    expect(passwordWeakness('password123!')).toMatch(/^is too weak: This is similar to a commonly used password/);
    expect(passwordWeakness('qwertyuiop12')).toMatch(/^is too weak/);
  });

  it('refuses a password made of the username, team or email', () => {
    expect(passwordWeakness('zhangwei.sales', [])).toBeUndefined();
    expect(passwordWeakness('zhangwei.sales', ['zhangwei.sales'])).toMatch(/^is too weak/);
    expect(passwordWeakness('zhangwei2024!', ['zw@example.com', 'zhangwei'])).toMatch(/^is too weak/);
  });

  it('accepts long unpredictable passwords, and generates only such', () => {
    expect(passwordWeakness('admin-password-123')).toBeUndefined();
    expect(passwordWeakness('correct horse battery staple')).toBeUndefined();
    const generated = generatePassword();
    expect(passwordWeakness(generated, ['admin'])).toBeUndefined();
    expect(generatePassword()).not.toBe(generated);
  });
});
