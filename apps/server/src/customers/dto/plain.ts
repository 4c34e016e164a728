/** A validated DTO instance as plain JSON data, without undefined keys, ready to become event data. */
export function plain<T extends object>(dto: T): T {
  return JSON.parse(JSON.stringify(dto)) as T;
}
