import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A loopback webhook receiver that answers 200 and counts the deliveries of each event id. */
export class CountingReceiver {
  readonly deliveries = new Map<string, number>();
  private server: Server | undefined;

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => (body += chunk));
      req.on('end', () => {
        const { id } = JSON.parse(body) as { id: string };
        this.deliveries.set(id, (this.deliveries.get(id) ?? 0) + 1);
        res.writeHead(200).end();
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hook`;
  }

  /** Event ids delivered more than once. */
  duplicates(): string[] {
    return [...this.deliveries].filter(([, count]) => count > 1).map(([id]) => id);
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }
}
