import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedWebhook {
  headers: IncomingHttpHeaders;
  body: string;
  item: { id: string; type: string; customerId: string; position: number; data: Record<string, unknown> };
}

/** A real HTTP receiver on loopback that answers 200 and keeps every request it got, in arrival order. */
export class WebhookReceiver {
  readonly received: ReceivedWebhook[] = [];
  private server!: Server;

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => (body += chunk));
      req.on('end', () => {
        this.received.push({ headers: req.headers, body, item: JSON.parse(body) });
        res.writeHead(200).end();
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hook`;
  }

  /** How many times the event with this id (the webhook-id) arrived. */
  copiesOf(eventId: string): number {
    return this.received.filter((r) => r.headers['webhook-id'] === eventId).length;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }
}
