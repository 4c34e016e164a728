// Query parameters whose values are never personal data nor credentials: logged as sent.
const PLAIN_PARAMS = new Set([
  'format',
  'limit',
  'cursor',
  'sort',
  'status',
  'minPosition',
  'revision',
  'fromRevision',
  'granularity',
  'groupBy',
  'at',
  'dueBefore',
  'type',
  'industry',
  'region',
  'source',
  'size',
  'assigneeId',
  'eventTypes',
]);

/**
 * A request URL fit for a log line: the path as sent and each query value replaced by `[redacted]`
 * unless its parameter is known to be harmless (a search `q` can be a phone number or an email, and
 * an SSE client may pass its token in the query).
 */
export function redactUrl(url: string): string {
  const split = url.indexOf('?');
  if (split < 0) return url;
  const query = url
    .slice(split + 1)
    .split('&')
    .map((pair) => {
      const [key] = pair.split('=', 1);
      return PLAIN_PARAMS.has(safeDecode(key)) ? pair : `${key}=[redacted]`;
    })
    .join('&');
  return `${url.slice(0, split)}?${query}`;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
