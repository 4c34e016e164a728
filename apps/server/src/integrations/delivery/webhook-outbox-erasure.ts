import { erasedNameAndContact, ERASED, type Contact } from '#domain';

/** A queued webhook body with the customer's personal data as it reads once erased (name, contact; no `sensitive`). */
export function erasedWebhookBody(body: string): string {
  const item = JSON.parse(body) as { data?: Record<string, unknown> };
  if (!item.data) return body;
  const data = erasedProfile(item.data);
  const changes = data.changes;
  return JSON.stringify({
    ...item,
    data: changes && typeof changes === 'object' ? { ...data, changes: erasedProfile(changes as Record<string, unknown>) } : data,
  });
}

function erasedProfile(profile: Record<string, unknown>): Record<string, unknown> {
  const { sensitive: _gone, ...rest } = profile;
  if (rest.name !== undefined) rest.name = ERASED;
  if (rest.contact && typeof rest.contact === 'object') rest.contact = erasedNameAndContact(rest.contact as Contact).contact;
  return rest;
}
