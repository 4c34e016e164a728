import { Query } from '@nestjs/cqrs';
import type { AdminJob } from '#leases';

export interface ProjectionStatusView {
  name: string;
  /** Global position of the last event in the read model (its committed checkpoint). */
  position: number;
  /** Positions behind the head of the feed; 0 when no customer event is waiting. */
  lag: number;
  /** The runner's state in the process holding the lease; elsewhere whether any process holds it. */
  running: boolean;
  /** The process (host:pid:id) holding the projections lease; null when none does (no worker is up). */
  holder: string | null;
  /** A rebuild was requested and has not finished (read from the admin stream, the same on every replica). */
  rebuilding: boolean;
  /** The newest rebuild request of this projection, with its progress. */
  lastRebuild: AdminJob | null;
  /** The runner's last error, known only in the process that runs it. */
  lastError: string | null;
}

export class ProjectionStatusQuery extends Query<{ head: number; items: ProjectionStatusView[] }> {}
