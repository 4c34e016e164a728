import { CUSTOMER_EVENT_TYPES } from '#domain';
import { RequestValidationException } from '../../http/validation.js';

/** `A,B` → ['A','B'], refusing types that no customer event has (a typo would otherwise read as an empty feed). */
export function parseEventTypes(raw: string | undefined, field = 'types'): string[] | undefined {
  if (raw === undefined) return undefined;
  const types = raw
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
  const unknown = types.filter((t) => !(CUSTOMER_EVENT_TYPES as readonly string[]).includes(t));
  if (types.length === 0 || unknown.length > 0) {
    const message = types.length === 0 ? 'must name at least one event type' : `unknown event type(s): ${unknown.join(', ')}`;
    throw new RequestValidationException([{ field, message }]);
  }
  return types;
}

/** SSE reconnects carry `Last-Event-ID` (our ids are positions); it wins over `after`. */
export function resumePosition(lastEventId: string | undefined, after: number | undefined): number | undefined {
  if (lastEventId === undefined || lastEventId === '') return after;
  if (!/^\d+$/.test(lastEventId)) throw new RequestValidationException([{ field: 'Last-Event-ID', message: 'must be a position (a non-negative integer)' }]);
  return Number(lastEventId);
}
