import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedId } from '../../subgraphs/common/seed-ids.js';
import { tokenFor } from '../helpers/graphql.js';
import { startGateway, startStack, type Stack } from '../helpers/stack.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.close());

const gatewayPath = (path: string) => new URL(path, stack.gatewayUrl);
const subgraphPath = (name: keyof Stack['subgraphUrls'], path: string) => new URL(path, stack.subgraphUrls[name]);

describe('exports through the gateway', () => {
  it('passes a JSON-stat export through unchanged, with its content type', async () => {
    const path = '/export/observations.json-stat?indicators=tfou_contributing_organisations&periods=2012';
    const [through, direct] = await Promise.all([fetch(gatewayPath(path)), fetch(subgraphPath('indicators', path))]);
    expect(through.status).toBe(200);
    expect(through.headers.get('content-type')).toBe(direct.headers.get('content-type'));
    const [a, b] = [(await through.json()) as { value: unknown; id: string[] }, (await direct.json()) as { value: unknown }];
    expect(a.value).toEqual(b.value);
    expect(a.id).toEqual(['indicator', 'area', 'period']);
  });

  it('passes the CSV and the 360Giving export through', async () => {
    const csv = await fetch(gatewayPath('/export/observations.csv?indicators=tfou_formal_agreement'));
    expect(csv.status).toBe(200);
    expect(await csv.text()).toMatch(/tfou_formal_agreement/);
    const giving = await fetch(gatewayPath('/export/360giving.json'));
    expect(giving.status).toBe(200);
    expect(await giving.json()).toHaveProperty('grants');
  });

  it("keeps the subgraph's refusal of a bad filter, field named", async () => {
    const response = await fetch(gatewayPath('/export/observations.csv?areas=9999'));
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: { extensions: unknown }[] }).errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: expect.stringMatching(/^areas/),
    });
  });

  it('refuses a forged token before asking the subgraph, and forwards a real one', async () => {
    const forged = await fetch(gatewayPath('/volunteers/me/export'), { headers: { authorization: 'Bearer a.b.c' } });
    expect(forged.status).toBe(401);
    expect(await forged.json()).toEqual({ errors: [{ message: 'the token is not valid', extensions: { code: 'UNAUTHENTICATED' } }] });
    const anonymous = await fetch(gatewayPath('/volunteers/me/export'));
    expect(anonymous.status).toBeGreaterThanOrEqual(400);
    const volunteer = await tokenFor({ role: 'volunteer', volunteer: seedId('volunteer', 'alta-frivilligsentral-1') });
    const own = await fetch(gatewayPath('/volunteers/me/export'), { headers: { authorization: `Bearer ${volunteer}` } });
    expect(own.status).toBe(200);
    expect(JSON.stringify(await own.json())).toMatch(/@example\.org/);
    const researcher = await tokenFor({ role: 'researcher' });
    const unpublishedAllowed = await fetch(gatewayPath('/export/observations.csv'), { headers: { authorization: `Bearer ${researcher}` } });
    expect(unpublishedAllowed.status).toBe(200);
  });

  it('answers in the REST error shape when the owning subgraph cannot be reached', async () => {
    const lonely = await startGateway({ ...stack.subgraphUrls, indicators: 'http://127.0.0.1:9/graphql' });
    try {
      const response = await fetch(new URL('/export/observations.csv', lonely.url));
      expect(response.status).toBe(502);
      expect(await response.json()).toEqual({
        errors: [{ message: 'the indicators service is unavailable', extensions: { code: 'SUBGRAPH_UNAVAILABLE' } }],
      });
    } finally {
      await lonely.gateway.close();
    }
  });
});
