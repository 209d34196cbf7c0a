import { readFile } from 'node:fs/promises';
import { generate } from '@graphql-codegen/cli';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import config from '../../clients/typescript/codegen.js';
import { createClient, SamspillRequestError } from '../../clients/typescript/src/client.js';
import { example } from '../../clients/typescript/src/example.js';
import { MyProfileDocument, OrganisationChangesDocument } from '../../clients/typescript/src/generated/graphql.js';
import { tokenFor } from '../helpers/graphql.js';
import { startStack, type Stack } from '../helpers/stack.js';

/*
 * The typed client for frontend teams (clients/typescript): its generated files are what
 * `npm run codegen` makes of the committed schema and operations, and its example runs
 * against the started graph.
 */
describe('typed client: generated files', () => {
  it('are fresh (run `npm run compose` and `npm run codegen` after a schema or operation change)', async () => {
    const outputs = (await generate({ ...config, silent: true }, false)) as { filename: string; content: string }[];
    expect(outputs.map((o) => o.filename).sort()).toEqual(
      ['gql.ts', 'graphql.ts', 'index.ts', 'persisted-documents.json'].map((f) => `clients/typescript/src/generated/${f}`),
    );
    for (const output of outputs) {
      expect(await readFile(output.filename, 'utf8'), `${output.filename} is stale`).toBe(output.content);
    }
  }, 120_000);
});

describe('typed client against the started graph', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(async () => {
    await stack?.close();
  });

  it('runs its example: Alta from four subgraphs and a catalogue search', async () => {
    const lines = await example(stack.gatewayUrl);
    expect(lines[0]).toBe('Alta (Finnmark)');
    expect(lines.some((l) => /^ {2}\w+ ACTIVE: /.test(l))).toBe(true);
    expect(lines.find((l) => l.startsWith('catalogue'))).toMatch(/: [1-9]\d* organisations/);
  });

  it('sends the token and gives typed data to a signed-in caller, and a typed error to one without', async () => {
    const partner = createClient({ url: stack.gatewayUrl, token: await tokenFor({ role: 'admin' }) });
    const changes = await partner.request(OrganisationChangesDocument, { first: 3 });
    expect(changes.organisationChanges.edges).toHaveLength(3);
    const anonymous = createClient({ url: stack.gatewayUrl });
    const refused = await anonymous.request(MyProfileDocument).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(SamspillRequestError);
    expect((refused as SamspillRequestError<unknown>).errors[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
