import { isIP } from 'node:net';
import { ipv4InCidr, isPrivateAddress } from './private-address.js';

export interface WebhookUrlPolicy {
  /** Production refuses private and loopback targets. */
  production: boolean;
  /** Host names, IPs or IPv4 CIDRs (`10.1.0.0/16`) allowed even though they are private. */
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

function isAllowListed(hostname: string, addresses: readonly string[], allowList: readonly string[]): boolean {
  return allowList.some((entry) => {
    const [base, bits] = entry.split('/');
    if (bits !== undefined && isIP(base) === 4) return addresses.every((a) => isIP(a) === 4 && ipv4InCidr(a, base, Number(bits)));
    return entry.toLowerCase() === hostname.toLowerCase() || addresses.every((a) => a === entry);
  });
}

/**
 * Checked at registration and again before each delivery (a name can be re-pointed at an internal
 * address after registration). Every resolved address must be public, unless allow-listed.
 */
export async function assertDeliverableUrl(raw: string, policy: WebhookUrlPolicy, resolve: HostResolver): Promise<URL> {
  const url = parseWebhookUrl(raw);
  if (!policy.production) return url;
  const hostname = url.hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(hostname) ? [hostname] : await resolve(hostname).catch(() => [] as string[]);
  if (addresses.length === 0) throw new WebhookUrlRejected(`url host ${hostname} does not resolve`);
  const isPrivate = hostname.toLowerCase() === 'localhost' || addresses.some(isPrivateAddress);
  if (isPrivate && !isAllowListed(hostname, addresses, policy.allowedPrivateHosts)) {
    throw new WebhookUrlRejected(`url host ${hostname} is a private or loopback address`);
  }
  return url;
}
