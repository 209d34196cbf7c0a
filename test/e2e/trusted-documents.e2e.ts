import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gatewayConfig } from '../../gateway/config.js';
import { startGateway, startStack, type Stack } from '../helpers/stack.js';

/*
 * TRUSTED_DOCUMENTS: the gateway runs only the operations of a manifest (the typed client's
 * persisted-documents.json), sent by hash alone or as their text; APQ keeps working without it.
 */
const MANIFEST = 'clients/typescript/src/generated/persisted-documents.json';
const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, string>;
const [catalogueKey, catalogueText] = Object.entries(manifest).find(([, text]) => text.startsWith('query CataloguePage'))!;
const catalogueHash = catalogueKey.replace('sha256:', '');
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

async function post(url: string, body: Record<string, unknown>) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as { data?: any; errors?: { message: string; extensions?: any }[] } };
}
const persisted = (hash: string) => ({ persistedQuery: { version: 1, sha256Hash: hash } });

let stack: Stack;
let trustedUrl: string;
let closeTrusted: () => Promise<void>;
beforeAll(async () => {
  stack = await startStack();
  const trusted = await startGateway(stack.subgraphUrls, { TRUSTED_DOCUMENTS: MANIFEST });
  trustedUrl = trusted.url;
  closeTrusted = () => trusted.gateway.close();
});
afterAll(async () => {
  await closeTrusted?.();
  await stack?.close();
});

describe('a gateway with TRUSTED_DOCUMENTS', () => {
  it('runs a trusted operation sent by its hash alone, with its variables', async () => {
    const { status, body } = await post(trustedUrl, { variables: { first: 2, search: 'kors' }, extensions: persisted(catalogueHash) });
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
    expect(body.data.organisations.edges).toHaveLength(2);
  });

  it('runs a trusted operation sent as its text', async () => {
    const { body } = await post(trustedUrl, { query: catalogueText, variables: { first: 1 } });
    expect(body.errors).toBeUndefined();
    expect(body.data.organisations.edges).toHaveLength(1);
  });

  it('refuses any other operation with 400 PERSISTED_QUERY_NOT_IN_LIST, also one registered the APQ way', async () => {
    const query = '{ organisations(first: 1) { totalCount } }';
    for (const body of [{ query }, { query, extensions: persisted(sha256(query)) }]) {
      const refused = await post(trustedUrl, body);
      expect(refused.status).toBe(400);
      expect(refused.body.errors?.[0].extensions?.code).toBe('PERSISTED_QUERY_NOT_IN_LIST');
      expect(refused.body.data).toBeUndefined();
    }
    const unknownHash = await post(trustedUrl, { extensions: persisted(sha256(query)) });
    expect(unknownHash.body.errors?.[0].extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('will not start on a manifest whose key is not the hash of its operation', () => {
    const dir = mkdtempSync(join(tmpdir(), 'trusted-'));
    const forged = join(dir, 'manifest.json');
    writeFileSync(forged, JSON.stringify({ [catalogueKey]: '{ organisations(first: 100) { totalCount } }' }));
    expect(() => gatewayConfig({ TRUSTED_DOCUMENTS: forged })).toThrow(
      /TRUSTED_DOCUMENTS: the entry sha256:\w+ of .* is not the sha256 of its operation/,
    );
  });
});

describe('a gateway without TRUSTED_DOCUMENTS', () => {
  it('keeps automatic persisted queries: a query registered once runs by its hash afterwards', async () => {
    const query = `{ organisations(first: 1) { totalCount } } # apq ${Date.now()}`;
    const hash = sha256(query);
    expect((await post(stack.gatewayUrl, { extensions: persisted(hash) })).body.errors?.[0].extensions?.code).toBe(
      'PERSISTED_QUERY_NOT_FOUND',
    );
    expect((await post(stack.gatewayUrl, { query, extensions: persisted(hash) })).body.errors).toBeUndefined();
    const byHash = await post(stack.gatewayUrl, { extensions: persisted(hash) });
    expect(byHash.body.errors).toBeUndefined();
    expect(byHash.body.data.organisations.totalCount).toBeGreaterThan(0);
  });
});
