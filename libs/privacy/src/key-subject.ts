import { CUSTOMER_STREAM_PREFIX, customerIdOfStream } from '#domain';

const OWN_KEY_PREFIXES = ['webhook-', 'idempotency-', 'import-'];

/**
 * Whose key encrypts the protected fields of a stream's events: a customer's own id (so erasing the
 * customer destroys it); a webhook (`webhook-<id>`) or a stored idempotent answer holding its secret
 * or an import job keeping its rejected rows has a key of its own, named by its stream; other streams hold no protected fields.
 */
export function keySubjectOf(streamId: string): string | undefined {
  if (streamId.startsWith(CUSTOMER_STREAM_PREFIX)) return customerIdOfStream(streamId);
  if (OWN_KEY_PREFIXES.some((prefix) => streamId.startsWith(prefix))) return streamId;
  return undefined;
}
