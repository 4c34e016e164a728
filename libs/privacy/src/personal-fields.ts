// Which string fields of which events are personal data (SPEC §7), as paths into `data`.
// They are stored encrypted with the customer's key; everything else stays in clear.
const CONTACT = ['contact.name', 'contact.title', 'contact.phone', 'contact.email'];
const SENSITIVE = ['sensitive.idNumber', 'sensitive.bankAccount'];

const PERSONAL_FIELDS: Record<string, readonly string[]> = {
  CustomerRegistered: ['name', ...CONTACT, ...SENSITIVE],
  CustomerProfileUpdated: ['changes.name', ...CONTACT.map((p) => `changes.${p}`), ...SENSITIVE.map((p) => `changes.${p}`)],
};

export function personalFieldsOf(eventType: string): readonly string[] {
  return PERSONAL_FIELDS[eventType] ?? [];
}

/** A copy of `data` with each personal string field replaced by `transform(value)`. */
export function mapPersonalFields(eventType: string, data: Record<string, unknown>, transform: (value: string) => string): Record<string, unknown> {
  const paths = personalFieldsOf(eventType);
  if (paths.length === 0) return data;
  const copy = structuredClone(data);
  for (const path of paths) {
    const keys = path.split('.');
    let parent: Record<string, unknown> | undefined = copy;
    for (const key of keys.slice(0, -1)) parent = parent?.[key] as Record<string, unknown> | undefined;
    const leaf = keys[keys.length - 1];
    if (parent && typeof parent[leaf] === 'string') parent[leaf] = transform(parent[leaf] as string);
  }
  return copy;
}
