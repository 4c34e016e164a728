import { isPrivateAddress } from '../urls/private-address.js';
import { assertDeliverableUrl, parseWebhookUrl, WebhookUrlRejected } from '../urls/webhook-url-policy.js';

describe('webhook URL policy', () => {
  const production = { production: true, allowedPrivateHosts: [] as string[] };
  const resolveTo =
    (...addresses: string[]) =>
    async () =>
      addresses;

  it('accepts only absolute http(s) URLs without credentials', () => {
    expect(parseWebhookUrl('https://hooks.example.com/x').hostname).toBe('hooks.example.com');
    for (const bad of ['ftp://example.com', 'javascript:alert(1)', '/relative', 'https://user:pw@example.com']) {
      expect(() => parseWebhookUrl(bad)).toThrow(WebhookUrlRejected);
    }
  });

  it('knows private, loopback, link-local and mapped addresses', () => {
    for (const ip of [
      '127.0.0.1',
      '10.2.3.4',
      '172.20.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '::1',
      'fd00::1',
      'fe80::1',
      '::ffff:127.0.0.1',
    ]) {
      expect([ip, isPrivateAddress(ip)]).toEqual([ip, true]);
    }
    for (const ip of ['8.8.8.8', '172.32.0.1', '2606:4700::1111']) expect([ip, isPrivateAddress(ip)]).toEqual([ip, false]);
  });

  it('refuses private targets in production, by literal or by resolution', async () => {
    await expect(assertDeliverableUrl('http://127.0.0.1:8080/', production, resolveTo())).rejects.toThrow(/private or loopback/);
    await expect(assertDeliverableUrl('http://localhost/', production, resolveTo('127.0.0.1'))).rejects.toThrow(WebhookUrlRejected);
    await expect(assertDeliverableUrl('https://internal.example/', production, resolveTo('8.8.8.8', '10.0.0.5'))).rejects.toThrow(WebhookUrlRejected);
    await expect(assertDeliverableUrl('https://nowhere.example/', production, resolveTo())).rejects.toThrow(/does not resolve/);
    await expect(assertDeliverableUrl('https://hooks.example.com/', production, resolveTo('93.184.216.34'))).resolves.toBeInstanceOf(URL);
  });

  it('lets the allow-list and non-production modes through', async () => {
    const allowing = { production: true, allowedPrivateHosts: ['receiver.internal', '10.1.0.0/16'] };
    await expect(assertDeliverableUrl('http://receiver.internal/', allowing, resolveTo('10.9.9.9'))).resolves.toBeInstanceOf(URL);
    await expect(assertDeliverableUrl('http://10.1.2.3/', allowing, resolveTo())).resolves.toBeInstanceOf(URL);
    await expect(assertDeliverableUrl('http://10.2.2.3/', allowing, resolveTo())).rejects.toThrow(WebhookUrlRejected);
    await expect(assertDeliverableUrl('http://127.0.0.1/', { production: false, allowedPrivateHosts: [] }, resolveTo())).resolves.toBeInstanceOf(URL);
  });
});
