import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annotateRequest, createLogger, requestLogging } from '../../subgraphs/common/logger.js';

const lines: Record<string, unknown>[] = [];
let server: http.Server;
let url: string;

beforeAll(async () => {
  process.env.LOG_LEVEL = 'info';
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  const logger = createLogger('volunteers', sink);
  const app = express();
  app.use(requestLogging(logger));
  app.post('/graphql', async (_req, res) => {
    await new Promise((resolve) => setTimeout(resolve, 5));
    logger.warn({ step: 'lookup' }, 'inside the request');
    annotateRequest({ operation: 'VolunteerStats' });
    res.json({ data: {} });
  });
  server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(() => {
  process.env.LOG_LEVEL = 'silent';
  return new Promise((resolve) => server.close(resolve));
});

describe('request logging (gateway and subgraphs)', () => {
  it('logs JSON lines that carry the request id, also from code deep inside the request', async () => {
    const response = await fetch(url, { method: 'POST', headers: { 'x-request-id': 'gw-1234' } });
    expect(response.headers.get('x-request-id')).toBe('gw-1234');
    await new Promise((resolve) => setTimeout(resolve, 20));
    const mine = lines.filter((line) => line.requestId === 'gw-1234');
    expect(mine.map((line) => line.msg)).toEqual(['inside the request', 'request']);
    expect(mine[1]).toMatchObject({ service: 'volunteers', method: 'POST', path: '/graphql', status: 200, operation: 'VolunteerStats' });
    expect(typeof mine[1].durationMs).toBe('number');
    // A line's own fields stay on that line, not on the request's later lines.
    expect(mine[0].step).toBe('lookup');
    expect(mine[1]).not.toHaveProperty('step');
  });

  it('replaces a request id that is not a plain token', async () => {
    const response = await fetch(url, { method: 'POST', headers: { 'x-request-id': 'x", "admin": true, "y' } });
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
