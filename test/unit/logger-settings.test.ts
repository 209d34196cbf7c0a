import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger, requestLogging } from '../../subgraphs/common/logger.js';

const saved = { LOG_LEVEL: process.env.LOG_LEVEL, LOG_REQUESTS: process.env.LOG_REQUESTS };
afterEach(() => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

/** A service with request logging made under the given settings; returns the lines one request leaves. */
async function linesOfOneRequest(env: Record<string, string>) {
  Object.assign(process.env, env);
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  const logger = createLogger('organisations', sink);
  const app = express().use(requestLogging(logger));
  app.post('/graphql', (_req, res) => {
    logger.warn('inside the request');
    res.json({ data: {} });
  });
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, {
      method: 'POST',
      headers: { 'x-request-id': 'req-1' },
    });
    expect(response.headers.get('x-request-id')).toBe('req-1');
    await new Promise((resolve) => setTimeout(resolve, 20));
    return lines;
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

describe('LOG_REQUESTS', () => {
  it('logs a closing line per request by default at info level', async () => {
    const lines = await linesOfOneRequest({ LOG_LEVEL: 'info', LOG_REQUESTS: '' });
    expect(lines.map((l) => [l.msg, l.requestId])).toEqual([
      ['inside the request', 'req-1'],
      ['request', 'req-1'],
    ]);
  });

  it('false: no request line, but lines logged inside a request still carry its id', async () => {
    const lines = await linesOfOneRequest({ LOG_LEVEL: 'info', LOG_REQUESTS: 'false' });
    expect(lines.map((l) => [l.msg, l.requestId])).toEqual([['inside the request', 'req-1']]);
  });

  it('refuses a value that is not true or false, naming the setting', () => {
    process.env.LOG_REQUESTS = 'sometimes';
    expect(() => requestLogging(createLogger('gateway', new Writable({ write: (_c, _e, done) => done() })))).toThrow(/LOG_REQUESTS/);
  });
});
