import { Inject, Injectable } from '@nestjs/common';
import { lookup } from 'node:dns/promises';
import { assertDeliverableUrl, WebhookUrlRejected } from '#integrations';
import { RequestValidationException } from '../../http/validation.js';
import { INTEGRATIONS_CONFIG, type IntegrationsConfig } from '../integrations-config.js';

const resolveAll = async (hostname: string): Promise<string[]> => (await lookup(hostname, { all: true })).map((a) => a.address);

/** The SSRF policy, applied when a webhook is registered and again before each delivery. */
@Injectable()
export class WebhookTargetCheck {
  constructor(@Inject(INTEGRATIONS_CONFIG) private readonly config: IntegrationsConfig) {}

  /** For the API: a refused URL is a 400 naming the `url` field. */
  async assertRegistrable(url: string): Promise<void> {
    try {
      await assertDeliverableUrl(url, this.config.urlPolicy, resolveAll);
    } catch (error) {
      if (error instanceof WebhookUrlRejected) throw new RequestValidationException([{ field: 'url', message: error.message }]);
      throw error;
    }
  }

  /** For the worker: the reason a target may not be called now, if any. */
  async refusal(url: string): Promise<string | undefined> {
    try {
      await assertDeliverableUrl(url, this.config.urlPolicy, resolveAll);
      return undefined;
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  }
}
