import { isPrivateAddress } from '../urls/private-address.js';
import { assertDeliverableUrl, parseWebhookUrl, WebhookUrlRejected } from '../urls/webhook-url-policy.js';

describe('webhook URL policy', () => {
  const safe = { allowedPrivateHosts: [] as string[] };
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

  it('refuses private targets by literal or by resolution', async () => {
    await expect(assertDeliverableUrl('http://127.0.0.1:8080/', safe, resolveTo())).rejects.toThrow(/private or loopback/);
    await expect(assertDeliverableUrl('http://localhost/', safe, resolveTo('127.0.0.1'))).rejects.toThrow(WebhookUrlRejected);
    await expect(assertDeliverableUrl('https://internal.example/', safe, resolveTo('8.8.8.8', '10.0.0.5'))).rejects.toThrow(WebhookUrlRejected);
    await expect(assertDeliverableUrl('https://nowhere.example/', safe, resolveTo())).rejects.toThrow(/does not resolve/);
    await expect(assertDeliverableUrl('https://hooks.example.com/', safe, resolveTo('93.184.216.34'))).resolves.toBeInstanceOf(URL);
  });

  it('lets only the allow-list through', async () => {
    const allowing = { allowedPrivateHosts: ['receiver.internal', '10.1.0.0/16', 'fd00::/8'] };
    await expect(assertDeliverableUrl('http://receiver.internal/', allowing, resolveTo('10.9.9.9'))).resolves.toBeInstanceOf(URL);
    await expect(assertDeliverableUrl('http://10.1.2.3/', allowing, resolveTo())).resolves.toBeInstanceOf(URL);
    await expect(assertDeliverableUrl('http://10.2.2.3/', allowing, resolveTo())).rejects.toThrow(WebhookUrlRejected);
    await expect(assertDeliverableUrl('http://[fd00::5]/', allowing, resolveTo())).resolves.toBeInstanceOf(URL);
    await expect(assertDeliverableUrl('http://127.0.0.1/', allowing, resolveTo())).rejects.toThrow(WebhookUrlRejected);
  });

  // Every encoding of a non-public address, as the URL parser and ipaddr.js see it.
  it.each([
    'http://[::ffff:127.0.0.1]/',
    'http://[::ffff:7f00:1]/',
    'http://[::127.0.0.1]/',
    'http://[64:ff9b::7f00:1]/',
    'http://[64:ff9b::a9fe:a9fe]/',
    'http://[2002:7f00:1::]/',
    'http://[2002:a9fe:a9fe::1]/',
    'http://[2001:0::1]/',
    'http://2130706433/',
    'http://0x7f.1/',
    'http://0177.0.0.1/',
    'http://127.1/',
    'http://0/',
    'http://[::]/',
    'http://[fe80::1]/',
    'http://[fc00::1]/',
    'http://0xa9fea9fe/',
    'http://192.0.2.1/',
    'http://255.255.255.255/',
  ])('refuses %s', async (url) => {
    await expect(assertDeliverableUrl(url, safe, resolveTo())).rejects.toThrow(/private or loopback/);
  });

  it.each(['http://[::ffff:808:808]/', 'http://[64:ff9b::808:808]/', 'http://[2002:808:808::1]/', 'http://134744072/', 'http://[2606:4700::1111]/'])(
    'accepts the public %s',
    async (url) => {
      await expect(assertDeliverableUrl(url, safe, resolveTo())).resolves.toBeInstanceOf(URL);
    },
  );

  it('refuses a name when any of its addresses is private in any form', async () => {
    await expect(assertDeliverableUrl('https://hooks.example/', safe, resolveTo('8.8.8.8', '::ffff:10.0.0.1'))).rejects.toThrow(WebhookUrlRejected);
  });
});
