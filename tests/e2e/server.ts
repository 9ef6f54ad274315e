/**
 * The local fixture server. Each fixture page is answered at its real URL (host + path +
 * query, whatever the scheme), so the content script's match patterns apply as on the real
 * sites. One port on 127.0.0.1 speaks everything the browsers send, told apart by the first byte:
 *  - TLS (https://, with a throw-away certificate naming every fixture host): Chromium maps the
 *    fixture hosts to this port with --host-resolver-rules, and Firefox's CONNECT tunnels land here;
 *  - plain HTTP: direct requests (Host header), proxy-form requests (`GET http://host/path`,
 *    Firefox's proxy for http://), and CONNECT (Firefox's proxy for https://), which is piped
 *    back into this same port.
 * Nothing is ever forwarded to the real network: unknown hosts and paths get 404. A page is
 * also answered under its query-string, trailing-slash and AMP variants (see variantOf).
 */
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { createSelfSignedCertificate } from './cert.ts';
import { type FixturePage, type Fixtures, fixtureHosts } from './fixtures.ts';

export interface ServedRequest {
  via: 'https' | 'http' | 'connect';
  method: string;
  url: string;
  status: number;
  /** When it arrived (ms since the epoch). */
  at: number;
}

export interface FixtureServer {
  /** TLS, plain HTTP, proxy-form requests and CONNECT, all on this port. */
  port: number;
  hosts: string[];
  /** Every request answered so far (newest last); for diagnostics. */
  requests: ServedRequest[];
  close(): Promise<void>;
}

function routeKey(host: string, pathAndQuery: string): string {
  return host.toLowerCase().replace(/\.$/, '') + pathAndQuery;
}

function buildRoutes(pages: readonly FixturePage[]): Map<string, FixturePage> {
  const routes = new Map<string, FixturePage>();
  for (const page of pages) {
    const u = new URL(page.url);
    const key = routeKey(u.hostname, u.pathname + u.search);
    const other = routes.get(key);
    if (other) throw new Error(`Fixtures ${other.name} and ${page.name} claim the same URL ${page.url}`);
    routes.set(key, page);
  }
  return routes;
}

function lookup(routes: Map<string, FixturePage>, host: string, pathAndQuery: string): FixturePage | undefined {
  const exact = routes.get(routeKey(host, pathAndQuery));
  if (exact) return exact;
  const pathOnly = pathAndQuery.split('?', 1)[0] ?? pathAndQuery;
  return routes.get(routeKey(host, pathOnly)) ?? variantOf(routes, host, pathOnly);
}

/**
 * A page under its AMP address (`<path>/amp`) or with or without a trailing slash, as the
 * sites answer the same article there (the e2e's "one record across URL variants").
 * Any other unknown path stays unknown.
 */
function variantOf(routes: Map<string, FixturePage>, host: string, path: string): FixturePage | undefined {
  const bare = path.replace(/\/amp\/?$/, '').replace(/\/$/, '');
  if (bare === '') return undefined;
  for (const candidate of [bare, `${bare}/`]) {
    const page = candidate === path ? undefined : routes.get(routeKey(host, candidate));
    if (page) return page;
  }
  return undefined;
}

function listen(server: net.Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

export async function startFixtureServer(fixtures: Fixtures): Promise<FixtureServer> {
  const routes = buildRoutes(fixtures.pages);
  const hosts = fixtureHosts(fixtures);
  const requests: ServedRequest[] = [];
  const sockets = new Set<net.Socket>();

  const answer = (via: ServedRequest['via'], req: http.IncomingMessage, res: http.ServerResponse): void => {
    let target: URL | null = null;
    try {
      // Proxy-form requests carry an absolute URI; direct ones a path and a Host header.
      target = new URL(req.url ?? '/', `${via === 'https' ? 'https' : 'http'}://${req.headers.host ?? 'invalid.invalid'}`);
    } catch {
      target = null;
    }
    const page = target ? lookup(routes, target.hostname, target.pathname + target.search) : undefined;
    const status = page ? 200 : 404;
    requests.push({ via, method: req.method ?? '?', url: target?.href ?? String(req.url), status, at: Date.now() });
    if (page && (req.method === 'GET' || req.method === 'HEAD')) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': page.html.length, 'cache-control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : page.html);
      return;
    }
    res.writeHead(page ? 405 : 404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
    res.end(page ? 'method not allowed\n' : 'not a fixture\n');
  };

  const tls = createSelfSignedCertificate(hosts);
  const httpsServer = https.createServer({ key: tls.key, cert: tls.cert }, (req, res) => answer('https', req, res));
  const httpServer = http.createServer((req, res) => answer('http', req, res));
  for (const server of [httpsServer, httpServer]) server.keepAliveTimeout = 1000;
  const track = (socket: net.Socket): void => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  };
  const httpsPort = await listen(httpsServer);
  const httpPort = await listen(httpServer);
  for (const server of [httpsServer, httpServer]) server.on('connection', track);
  /** Pipes a client socket into one of the internal listeners, replaying what was already read. */
  const pipeTo = (targetPort: number, client: net.Socket, alreadyRead: Buffer): void => {
    const upstream = net.connect(targetPort, '127.0.0.1', () => {
      if (alreadyRead.length > 0) upstream.write(alreadyRead);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    track(upstream);
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
    client.on('close', () => upstream.destroy());
  };
  // The first byte of a TLS connection is a handshake record (0x16); HTTP starts with a letter.
  // (Handing the socket itself to the servers would lose the sniffed byte: they read its handle.)
  const front = net.createServer((socket) => {
    track(socket);
    socket.once('data', (first: Buffer) => pipeTo(first[0] === 0x16 ? httpsPort : httpPort, socket, first));
  });
  const port = await listen(front);

  httpServer.on('connect', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    requests.push({ via: 'connect', method: 'CONNECT', url: String(req.url), status: 200, at: Date.now() });
    client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    pipeTo(httpsPort, client, head);
  });

  return {
    port,
    hosts,
    requests,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await Promise.all([front, httpsServer, httpServer].map((server) => new Promise<void>((resolve) => server.close(() => resolve()))));
    },
  };
}
