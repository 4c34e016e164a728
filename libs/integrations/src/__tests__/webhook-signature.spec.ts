import { Webhook } from 'standardwebhooks';
import { generateWebhookSecret, signWebhookPayload, webhookHeaders } from '../signing/webhook-signature.js';

describe('Standard Webhooks signing', () => {
  it('makes whsec_ secrets of 24 random bytes', () => {
    const secret = generateWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
    expect(Buffer.from(secret.slice(6), 'base64')).toHaveLength(24);
    expect(generateWebhookSecret()).not.toBe(secret);
  });

  it('signs so that the standardwebhooks library verifies', () => {
    const secret = generateWebhookSecret();
    const body = JSON.stringify({ type: 'CustomerRegistered', data: { name: '張三' } });
    const timestamp = Math.floor(Date.now() / 1000);
    const headers = webhookHeaders([secret], 'evt-1', timestamp, body);
    expect(new Webhook(secret).verify(body, { ...headers })).toEqual(JSON.parse(body));
  });

  it('matches the specification example', () => {
    // From the Standard Webhooks specification and its reference libraries' tests.
    const signature = signWebhookPayload('whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', 'msg_p5jXN8AQM9LWM0D4loKWxJek', 1614265330, '{"test": 2432232314}');
    expect(signature).toBe('v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=');
  });

  it('signs with both secrets during a rotation; either one verifies', () => {
    const [fresh, old] = [generateWebhookSecret(), generateWebhookSecret()];
    const headers = webhookHeaders([fresh, old], 'evt-2', Math.floor(Date.now() / 1000), '{}');
    expect(headers['webhook-signature'].split(' ')).toHaveLength(2);
    expect(() => new Webhook(old).verify('{}', { ...headers })).not.toThrow();
    expect(() => new Webhook(fresh).verify('{}', { ...headers })).not.toThrow();
    expect(() => new Webhook(generateWebhookSecret()).verify('{}', { ...headers })).toThrow();
  });

  it('refuses a secret without the whsec_ prefix', () => {
    expect(() => signWebhookPayload('plain', 'id', 1, '{}')).toThrow(/whsec_/);
  });
});
