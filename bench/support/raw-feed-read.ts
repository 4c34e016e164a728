import BetterSqlite3 from 'better-sqlite3';

/**
 * The baseline of SPEC §9's rebuild figure: read every customer event in position order and
 * JSON.parse its data and metadata, nothing else. Returns the events read and the seconds it took.
 */
export function rawFeedRead(file: string): { events: number; seconds: number } {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    const started = process.hrtime.bigint();
    let events = 0;
    let sink = 0;
    const rows = db
      .prepare("SELECT stream_id, data, metadata FROM events WHERE stream_id >= 'customer-' AND stream_id < 'customer.' ORDER BY position")
      .raw()
      .iterate() as IterableIterator<[string, string, string]>;
    // The range on stream_id is the prefix filter; SQLite still walks the log in position order.
    for (const [, data, metadata] of rows) {
      const parsed = JSON.parse(data) as object;
      const meta = JSON.parse(metadata) as { hash: string };
      sink += Object.keys(parsed).length + meta.hash.length;
      events += 1;
    }
    if (sink < 0) console.log(sink);
    return { events, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
  } finally {
    db.close();
  }
}
