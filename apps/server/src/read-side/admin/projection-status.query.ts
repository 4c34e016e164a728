import { Query } from '@nestjs/cqrs';
import type { AdminJob } from '#leases';
import type { TimeZoneCheck } from '../infrastructure/time-zone-check.js';

export interface ProjectionStatusView {
  name: string;
  /** `failed`: its subscription failed permanently and it stopped (read from the store, the same on every replica). */
  state: 'running' | 'stopped' | 'failed';
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
  /** The error that stopped it (every replica); else the runner's last transient error (known only where it runs). */
  lastError: string | null;
  /** When a permanent failure stopped it. */
  failedAt: string | null;
  /** Only for a read model cut into months (value-trend): the zone it was cut in; changing TIME_ZONE needs its rebuild. */
  timeZone?: TimeZoneCheck;
}

export class ProjectionStatusQuery extends Query<{ head: number; items: ProjectionStatusView[] }> {}
