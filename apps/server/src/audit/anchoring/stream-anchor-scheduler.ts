import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { StreamAnchorWriter, type AnchorRun } from '#audit';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';

/**
 * Anchors the heads of the customer streams that grew, every AUDIT_ANCHOR_INTERVAL_MS and once at
 * start-up, when ROLE is all|worker. A tail deleted after its anchor fails `verify`.
 */
@Injectable()
export class StreamAnchorScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('StreamAnchorScheduler');
  private timer: NodeJS.Timeout | undefined;
  private current: Promise<AnchorRun> | undefined;
  private readonly shutdown = new AbortController();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly writer: StreamAnchorWriter,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.runsWorkers) return;
    this.timer = setInterval(() => void this.tick(), this.config.auditAnchorIntervalMs);
    this.timer.unref();
    void this.tick();
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    this.shutdown.abort();
    await this.current;
  }

  /** One anchoring run; a tick that finds the previous run still going waits for it. */
  tick(): Promise<AnchorRun> {
    if (this.current) return this.current;
    this.current = this.writer
      .anchor(this.shutdown.signal)
      .catch((error: unknown) => {
        this.logger.error({ err: error }, 'Anchoring the stream heads failed; next tick retries');
        return { anchors: 0, heads: 0 };
      })
      .finally(() => {
        this.current = undefined;
      });
    return this.current;
  }
}
