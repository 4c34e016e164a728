import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { assertPublicAddresses, type WebhookHeaders, type WebhookUrlPolicy } from '#integrations';

export interface SendResult {
  statusCode?: number;
  error?: string;
  durationMs: number;
  /** Cut short by shutdown: not an attempt, the delivery stays due. */
  interrupted: boolean;
}

/** All the addresses of a name (node:dns in the app; tests stub it to play a rebinding DNS). */
export type AddressResolver = (hostname: string) => Promise<LookupAddress[]>;

const resolveWithDns: AddressResolver = (hostname) =>
  new Promise((resolve, reject) => dnsLookup(hostname, { all: true }, (error, addresses) => (error ? reject(error) : resolve(addresses))));

export interface SendOptions {
  timeoutMs: number;
  shutdown: AbortSignal;
  policy: WebhookUrlPolicy;
  resolve?: AddressResolver;
}

/**
 * The socket's own DNS lookup: every address the name resolves to now is checked, and the connection
 * goes to a checked one, so a name re-pointed at an internal address after the check (DNS
 * rebinding) is refused rather than called.
 */
function checkedLookup(policy: WebhookUrlPolicy, resolve: AddressResolver): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname)
      .then((addresses) => {
        const wanted = options.family === 4 || options.family === 6 ? addresses.filter((a) => a.family === options.family) : addresses;
        assertPublicAddresses(
          hostname,
          wanted.map((a) => a.address),
          policy,
        );
        if (options.all) callback(null, wanted);
        else callback(null, wanted[0].address, wanted[0].family);
      })
      .catch((error: NodeJS.ErrnoException) => callback(error, '', 0));
  };
}

/**
 * One POST, bounded by a timeout. Redirects are never followed (node:http does not): a 3xx is a
 * failed attempt like any other non-2xx, since it could lead to an internal target.
 */
export async function sendWebhook(url: string, headers: WebhookHeaders, body: string, options: SendOptions): Promise<SendResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const target = new URL(url);
  const request = target.protocol === 'https:' ? httpsRequest : httpRequest;
  const signal = AbortSignal.any([AbortSignal.timeout(options.timeoutMs), options.shutdown]);
  try {
    const response = await new Promise<IncomingMessage>((resolve, reject) => {
      const outgoing = request(
        target,
        {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'user-agent': 'Dossier-Webhooks/1', ...headers },
          lookup: checkedLookup(options.policy, options.resolve ?? resolveWithDns),
          signal,
        },
        resolve,
      );
      outgoing.on('error', reject);
      outgoing.end(body);
    });
    response.resume();
    return { statusCode: response.statusCode, durationMs: elapsed(), interrupted: false };
  } catch (error) {
    if (options.shutdown.aborted) return { error: 'interrupted by shutdown', durationMs: elapsed(), interrupted: true };
    const message = signal.aborted ? `timed out after ${options.timeoutMs} ms` : describe(error);
    return { error: message, durationMs: elapsed(), interrupted: false };
  }
}

function describe(error: unknown): string {
  const { code, message } = error as { code?: string; message?: string };
  return message && !code ? message : (code ?? message ?? String(error));
}
