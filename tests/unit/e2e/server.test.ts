// @vitest-environment node
/**
 * The e2e fixture server answers each fixture at its real URL over every path a browser
 * uses (TLS, plain HTTP, proxy-form, CONNECT) and never anything else.
 */
import net from 'node:net';
import tls from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Fixtures, fixturePage } from '../../e2e/fixtures.ts';
import { type FixtureServer, startFixtureServer } from '../../e2e/server.ts';

let server: FixtureServer;

const PAGE_A = '<!-- url: https://www.inform.kz/ru/lenta/?page=2 -->\n<p>lenta</p>\n';
const PAGE_B = '<!-- url: https://senate.parlam.kz/en-US/news/details/8816 -->\n<p>Сенат</p>\n';

const fixtures = (pages: Record<string, string>): Fixtures => ({
  dir: 'in memory',
  pages: Object.entries(pages).map(([name, html]) => fixturePage(name, /^<!-- url: (\S+) -->/.exec(html)?.[1] ?? '', html, null)),
});

beforeAll(async () => {
  server = await startFixtureServer(fixtures({ a: PAGE_A, b: PAGE_B }));
});

afterAll(async () => {
  await server.close();
});

/** One raw HTTP/1.1 exchange over an already open socket; resolves with status and body. */
function exchange(socket: net.Socket, request: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    let data = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (data += chunk));
    socket.on('end', () => {
      const [head = '', body = ''] = data.split('\r\n\r\n');
      resolve({ status: Number(head.split(' ')[1]), body });
    });
    socket.on('error', reject);
    socket.write(request);
  });
}

function httpGet(host: string, pathAndQuery: string, proxyForm: boolean): Promise<{ status: number; body: string }> {
  const target = proxyForm ? `http://${host}${pathAndQuery}` : pathAndQuery;
  return exchange(net.connect(server.port, '127.0.0.1'), `GET ${target} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`);
}

function tlsGet(socket: net.Socket | null, host: string, pathAndQuery: string): Promise<{ status: number; body: string }> {
  const secure = tls.connect({
    ...(socket ? { socket } : { host: '127.0.0.1', port: server.port }),
    servername: host,
    rejectUnauthorized: false,
  });
  return new Promise((resolve, reject) => {
    secure.once('secureConnect', () => {
      resolve(exchange(secure, `GET ${pathAndQuery} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`));
    });
    secure.once('error', reject);
  });
}

describe('fixture server', () => {
  it('lists the fixture hosts', () => {
    expect(server.hosts).toEqual(['senate.parlam.kz', 'www.inform.kz']);
  });

  it('answers a page over TLS at its real host and path, with the certificate naming the host', async () => {
    const secure = tls.connect({ host: '127.0.0.1', port: server.port, servername: 'senate.parlam.kz', rejectUnauthorized: false });
    await new Promise((resolve) => secure.once('secureConnect', resolve));
    const altNames = secure.getPeerX509Certificate()?.subjectAltName ?? '';
    secure.destroy();
    expect(altNames).toContain('DNS:senate.parlam.kz');
    expect(altNames).toContain('DNS:www.inform.kz');
    const r = await tlsGet(null, 'senate.parlam.kz', '/en-US/news/details/8816');
    expect(r.status).toBe(200);
    expect(r.body).toBe(PAGE_B);
  });

  it('answers plain and proxy-form HTTP requests, query string included', async () => {
    expect(await httpGet('www.inform.kz', '/ru/lenta/?page=2', false)).toEqual({ status: 200, body: PAGE_A });
    expect(await httpGet('www.inform.kz', '/ru/lenta/?page=2', true)).toEqual({ status: 200, body: PAGE_A });
  });

  it('tunnels CONNECT to its TLS side', async () => {
    const socket = net.connect(server.port, '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    socket.write('CONNECT www.inform.kz:443 HTTP/1.1\r\nHost: www.inform.kz:443\r\n\r\n');
    const reply = await new Promise<string>((resolve) => socket.once('data', (d: Buffer) => resolve(d.toString('latin1'))));
    expect(reply).toMatch(/^HTTP\/1\.1 200/);
    const r = await tlsGet(socket, 'www.inform.kz', '/ru/lenta/?page=2');
    expect(r).toEqual({ status: 200, body: PAGE_A });
  });

  it('answers 404 for other paths and hosts, and never forwards them', async () => {
    expect((await httpGet('www.inform.kz', '/ru/lenta/', true)).status).toBe(404);
    expect((await httpGet('senate.parlam.kz', '/favicon.ico', false)).status).toBe(404);
    expect((await httpGet('example.com', '/', true)).status).toBe(404);
    expect(server.requests.filter((r) => r.url.startsWith('http://example.com')).map((r) => r.status)).toEqual([404]);
  });

  it('refuses two fixtures claiming one URL', async () => {
    await expect(startFixtureServer(fixtures({ a: PAGE_A, a2: PAGE_A }))).rejects.toThrow(/a and a2 claim the same URL/);
  });
});

