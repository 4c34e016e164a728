// Which string fields of which events are personal data (SPEC §7) or secrets, as paths into `data`.
// They are stored encrypted with their subject's key (key-subject.ts); everything else stays in clear.
const CONTACT = ['contact.name', 'contact.title', 'contact.phone', 'contact.email'];
const SENSITIVE = ['sensitive.idNumber', 'sensitive.bankAccount'];
// What was typed before normalisation (issue 12) is as personal as the value stored beside it.
const ENTERED = ['entered.name', 'entered.contact.name', 'entered.contact.phone', 'entered.contact.email'];

const PERSONAL_FIELDS: Record<string, readonly string[]> = {
  CustomerRegistered: ['name', ...CONTACT, ...SENSITIVE, ...ENTERED],
  CustomerProfileUpdated: ['changes.name', ...CONTACT.map((p) => `changes.${p}`), ...SENSITIVE.map((p) => `changes.${p}`), ...ENTERED],
  // A webhook's signing secret: whoever reads the event store must not be able to sign deliveries.
  WebhookRegistered: ['secret'],
  WebhookSecretRotated: ['secret'],
  // The stored answer to a webhook registration or rotation sent with an Idempotency-Key holds the secret too.
  IdempotentResponseRecorded: ['body.secret'],
  // The cells of an import's rejected rows (JSON text), kept for its downloadable report.
  ImportRowsReported: ['rejectedCells'],
};

function personalFieldsOf(eventType: string): readonly string[] {
  return PERSONAL_FIELDS[eventType] ?? [];
}

/** The personal string fields present in `data`: each one's parent object and key. */
function personalSlots(eventType: string, data: Record<string, unknown>): { parent: Record<string, unknown>; leaf: string }[] {
  return personalFieldsOf(eventType).flatMap((path) => {
    const keys = path.split('.');
    let parent: Record<string, unknown> | undefined = data;
    for (const key of keys.slice(0, -1)) parent = parent?.[key] as Record<string, unknown> | undefined;
    const leaf = keys[keys.length - 1];
    return parent && typeof parent[leaf] === 'string' ? [{ parent, leaf }] : [];
  });
}

/** Whether some personal field of the event holds a string that passes `test` (any string by default). */
export function hasPersonalFields(eventType: string, data: Record<string, unknown>, test: (value: string) => boolean = () => true): boolean {
  return personalSlots(eventType, data).some(({ parent, leaf }) => test(parent[leaf] as string));
}

/** A copy of `data` with each personal string field replaced by `transform(value)`. */
export function mapPersonalFields(eventType: string, data: Record<string, unknown>, transform: (value: string) => string): Record<string, unknown> {
  if (personalFieldsOf(eventType).length === 0) return data;
  const copy = structuredClone(data);
  for (const { parent, leaf } of personalSlots(eventType, copy)) parent[leaf] = transform(parent[leaf] as string);
  return copy;
}
