import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ProxiedRequest {
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface FaultProxy {
  /** The proxy's URL for the target's /graphql. */
  url: string;
  /** Every request that reached the proxy, in order. */
  requests: ProxiedRequest[];
  /** Milliseconds to hold each request before forwarding it. */
  delayMs: number;
  /** How many of the next requests to answer with this status instead of forwarding. */
  failNext: { count: number; status: number };
  close(): Promise<void>;
}

/** An HTTP proxy on a free port in front of a real service, that can delay requests or fail them (timeouts, retries). */
export async function startFaultProxy(targetUrl: string): Promise<FaultProxy> {
  const target = new URL(targetUrl);
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString();
    proxy.requests.push({ headers: req.headers, body });
    if (proxy.failNext.count > 0) {
      proxy.failNext.count--;
      res.writeHead(proxy.failNext.status, { 'content-type': 'text/plain' }).end('proxy says no');
      return;
    }
    if (proxy.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, proxy.delayMs));
    try {
      const headers = Object.fromEntries(
        Object.entries(req.headers).filter(([name]) => !['host', 'connection', 'content-length'].includes(name)),
      ) as Record<string, string>;
      const upstream = await fetch(new URL(req.url ?? '/', target), {
        method: req.method,
        headers,
        body: req.method === 'GET' ? undefined : body,
      });
      res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/json' });
      res.end(Buffer.from(await upstream.arrayBuffer()));
    } catch {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const proxy: FaultProxy = {
    url: `http://127.0.0.1:${port}${target.pathname}`,
    requests: [],
    delayMs: 0,
    failNext: { count: 0, status: 503 },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return proxy;
}
