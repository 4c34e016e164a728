import { addressInEntry, isPrivateAddress, parseAddress } from './private-address.js';

export interface WebhookUrlPolicy {
  /** Host names, IPs or CIDRs (`10.1.0.0/16`) allowed even though they are private; nothing else private is, in any mode. */
  allowedPrivateHosts: readonly string[];
}

/** Resolves a host name to all its addresses (node:dns lookup in the app, a stub in tests). */
export type HostResolver = (hostname: string) => Promise<string[]>;

export class WebhookUrlRejected extends Error {}

const MAX_URL_LENGTH = 2048;

/** Syntax only: an absolute http(s) URL without credentials. */
export function parseWebhookUrl(raw: string): URL {
  if (raw.length > MAX_URL_LENGTH) throw new WebhookUrlRejected(`url must be at most ${MAX_URL_LENGTH} characters`);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new WebhookUrlRejected('url must be an absolute URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new WebhookUrlRejected('url must use http or https');
  if (url.username || url.password) throw new WebhookUrlRejected('url must not carry credentials');
  return url;
}

/** The host of a URL without the IPv6 brackets (the WHATWG parser has already normalised `0x7f.1` to `127.0.0.1`). */
function webhookHost(url: URL): string {
  return url.hostname.replace(/^\[|\]$/g, '');
}

/**
 * The check on every address a host stands for: all must be public, unless the host name or the
 * address is allow-listed. Used on the literal or the resolved addresses at registration, and on
 * each address the delivery's own DNS lookup returns (so a re-pointed name cannot slip through).
 */
export function assertPublicAddresses(hostname: string, addresses: readonly string[], policy: WebhookUrlPolicy): void {
  if (addresses.length === 0) throw new WebhookUrlRejected(`url host ${hostname} does not resolve`);
  if (policy.allowedPrivateHosts.some((entry) => entry.toLowerCase() === hostname.toLowerCase())) return;
  const isLocalName = hostname.toLowerCase() === 'localhost' || hostname.toLowerCase().endsWith('.localhost');
  const refused = addresses.filter((a) => (isLocalName || isPrivateAddress(a)) && !policy.allowedPrivateHosts.some((entry) => addressInEntry(a, entry)));
  if (refused.length > 0) throw new WebhookUrlRejected(`url host ${hostname} is a private or loopback address`);
}

/**
 * Checked at registration and again before each delivery (a name can be re-pointed at an internal
 * address after registration). Every resolved address must be public, unless allow-listed.
 */
export async function assertDeliverableUrl(raw: string, policy: WebhookUrlPolicy, resolve: HostResolver): Promise<URL> {
  const url = parseWebhookUrl(raw);
  const hostname = webhookHost(url);
  const addresses = parseAddress(hostname) ? [hostname] : await resolve(hostname).catch(() => [] as string[]);
  assertPublicAddresses(hostname, addresses, policy);
  return url;
}
