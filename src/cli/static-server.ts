/** Serves a built dist/ on loopback, optionally under a sub-path, for tests, the benchmark and the PDF export. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export interface StaticServer {
  /** The deck's URL, ending in `/`. */
  url: string;
  close(): Promise<void>;
}

export async function serveStatic(dir: string, options: { basePath?: string } = {}): Promise<StaticServer> {
  const basePath = `/${(options.basePath ?? '').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  const files = sirv(dir, { dev: false, etag: true, gzip: false, brotli: false });
  const server: Server = createServer((request, response) => {
    const url = request.url ?? '/';
    if (!url.startsWith(basePath)) {
      response.writeHead(404).end('not found');
      return;
    }
    request.url = url.slice(basePath.length - 1);
    files(request, response, () => {
      response.writeHead(404).end('not found');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${basePath}`,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
