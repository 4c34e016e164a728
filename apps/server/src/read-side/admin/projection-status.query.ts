import { Query } from '@nestjs/cqrs';

export interface ProjectionStatusView {
  name: string;
  /** Global position of the last event in the read model (its committed checkpoint). */
  position: number;
  /** Positions behind the head of the feed; 0 when no customer event is waiting. */
  lag: number;
  /** Null in a process that does not run projections (ROLE=api). */
  running: boolean | null;
  /** A rebuild is filling shadow collections (null where projections do not run). */
  rebuilding: boolean | null;
  lastError: string | null;
}

export class ProjectionStatusQuery extends Query<{ head: number; items: ProjectionStatusView[] }> {}
