import type { RecordedEvent } from '../event-store.port.js';
import type { Upcaster } from './upcaster.js';

const keyOf = (type: string, version: number): string => `${type}@${version}`;

/** Upcasters by (type, schemaVersion); applies them in a chain until the event has the current shape. */
export class UpcasterRegistry {
  private readonly upcasters = new Map<string, Upcaster>();

  constructor(upcasters: readonly Upcaster[] = []) {
    for (const upcaster of upcasters) this.register(upcaster);
  }

  register(upcaster: Upcaster): this {
    const key = keyOf(upcaster.type, upcaster.fromVersion);
    if (this.upcasters.has(key)) throw new Error(`An upcaster for ${key} is already registered`);
    this.upcasters.set(key, upcaster);
    return this;
  }

  get isEmpty(): boolean {
    return this.upcasters.size === 0;
  }

  /**
   * The event in its current shape. `schemaVersion` becomes the version reached; `storedSchemaVersion`
   * keeps the one on disk, since `hash` still covers the stored data, not this one.
   */
  upcast(event: RecordedEvent): RecordedEvent {
    const storedVersion = event.metadata.schemaVersion;
    let version = storedVersion;
    let data = event.data;
    for (let upcaster = this.upcasters.get(keyOf(event.type, version)); upcaster; upcaster = this.upcasters.get(keyOf(event.type, version))) {
      data = upcaster.upcast(data, event);
      version += 1;
    }
    if (version === storedVersion) return event;
    return { ...event, data, metadata: { ...event.metadata, schemaVersion: version, storedSchemaVersion: storedVersion } };
  }
}
