import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sendWebhook, type AddressResolver } from '../webhook-sender.js';

describe('sendWebhook', () => {
  let server: Server;
  let port: number;
  const paths: string[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      paths.push(req.url ?? '');
      req.resume();
      if (req.url === '/redirect') res.writeHead(302, { location: `http://127.0.0.1:${port}/internal` }).end();
      else res.writeHead(204).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  // A name that was public when checked and now points at loopback (DNS rebinding).
  const rebound: AddressResolver = async () => [{ address: '127.0.0.1', family: 4 }];
  const send = (path: string, allowedPrivateHosts: string[]) =>
    sendWebhook(`http://rebound.example:${port}${path}`, {} as never, '{}', {
      timeoutMs: 2000,
      shutdown: new AbortController().signal,
      policy: { allowedPrivateHosts },
      resolve: rebound,
    });

  it('refuses a name that resolves to a private address at delivery time, without connecting', async () => {
    paths.length = 0;
    const sent = await send('/hook', []);
    expect(sent.statusCode).toBeUndefined();
    expect(sent.error).toMatch(/rebound\.example is a private or loopback address/);
    expect(paths).toEqual([]);
  });

  it('connects to the address it checked', async () => {
    paths.length = 0;
    // rebound.example exists in no real DNS: reaching the receiver proves the checked address was used.
    expect(await send('/hook', ['127.0.0.1'])).toMatchObject({ statusCode: 204 });
    expect(paths).toEqual(['/hook']);
  });

  it('does not follow a redirect: the 3xx is the attempt', async () => {
    paths.length = 0;
    expect(await send('/redirect', ['127.0.0.1'])).toMatchObject({ statusCode: 302 });
    expect(paths).toEqual(['/redirect']);
  });
});
