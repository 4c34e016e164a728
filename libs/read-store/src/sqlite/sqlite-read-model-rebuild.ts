import type { Database } from 'better-sqlite3';
import type { Checkpoint, DocumentWrite, ReadDocument, ReadModelRebuild, Versioned } from '../read-store.port.js';
import { UnknownCollectionError } from '../read-store.port.js';
import type { SqliteCollectionTable } from './sqlite-collection-table.js';
import type { SqliteGenerations } from './sqlite-generations.js';
import { SqliteTableWriter } from './sqlite-table-writer.js';

interface Target {
  table: SqliteCollectionTable;
  live: number;
  writer: SqliteTableWriter;
}

/**
 * Fills generation n+1 of each collection while the views still show n. The shadow has no
 * secondary indexes while it fills (inserting into a dozen b-trees per row is most of a rebuild's
 * cost); publish builds them in one sorted pass each, then repoints the views and the checkpoint
 * in one transaction, so a reader sees the old model or the new one, never a partial one.
 */
export class SqliteReadModelRebuild implements ReadModelRebuild {
  private readonly targets = new Map<string, Target>();
  private position: Checkpoint = 0;
  private readonly commitInTransaction: (writes: readonly DocumentWrite[]) => void;

  constructor(
    private readonly db: Database,
    private readonly generations: SqliteGenerations,
    private readonly projection: string,
    tables: readonly SqliteCollectionTable[],
  ) {
    db.transaction(() => {
      for (const table of tables) {
        const live = generations.ensure(table);
        for (const sql of [...table.dropDdl(live + 1), ...table.tablesDdl(live + 1)]) db.exec(sql);
        this.targets.set(table.spec.name, { table, live, writer: new SqliteTableWriter(db, table, live + 1, true) });
      }
    }).immediate();
    const transaction = db.transaction((writes: readonly DocumentWrite[]) => {
      for (const write of writes) {
        const { writer } = this.targetOf(write.collection);
        if (write.kind === 'put') writer.put(write.document, write.position);
        else writer.remove(write.id, write.position);
      }
    });
    this.commitInTransaction = (writes) => transaction.immediate(writes);
  }

  async get<T extends ReadDocument>(collection: string, id: string): Promise<Versioned<T> | undefined> {
    return this.targetOf(collection).writer.get<T>(id);
  }

  async commit(writes: readonly DocumentWrite[], checkpoint: Checkpoint): Promise<void> {
    this.commitInTransaction(writes);
    this.position = Math.max(this.position, checkpoint);
  }

  async publish(): Promise<void> {
    for (const { table, live } of this.targets.values()) for (const sql of table.indexesDdl(live + 1)) this.db.exec(sql);
    this.db
      .transaction(() => {
        for (const { table, live } of this.targets.values()) {
          if (this.generations.current(table.spec.name) !== live) throw new Error(`${table.spec.name} was swapped by another rebuild meanwhile`);
          for (const sql of table.viewsDdl(live + 1)) this.db.exec(sql);
          this.generations.set(table.spec.name, live + 1);
        }
        this.db
          .prepare(
            'INSERT INTO projection_checkpoints (projection, position) VALUES (?, ?) ON CONFLICT (projection) DO UPDATE SET position = excluded.position',
          )
          .run(this.projection, this.position);
      })
      .immediate();
    this.dropGeneration((target) => target.live);
  }

  async discard(): Promise<void> {
    this.dropGeneration((target) => target.live + 1);
  }

  private dropGeneration(of: (target: Target) => number): void {
    this.db
      .transaction(() => {
        for (const target of this.targets.values()) for (const sql of target.table.dropDdl(of(target))) this.db.exec(sql);
      })
      .immediate();
  }

  private targetOf(collection: string): Target {
    const target = this.targets.get(collection);
    if (!target) throw new UnknownCollectionError(collection);
    return target;
  }
}
