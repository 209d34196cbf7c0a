import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../web/explorer/examples.js';
import { gql, tokenFor } from '../helpers/graphql.js';
import { startGateway, startStack, type RunningGateway, type Stack } from '../helpers/stack.js';
import { launchChromium, openOffline } from '../helpers/browser.js';

/*
 * The explorer (GraphiQL) the gateway serves at /graphql: in Debian's Chromium with every
 * request to another host refused, it loads, runs a query and shows the answer.
 */

let stack: Stack;
let production: RunningGateway;
let browser: Browser;
let origin: string;

beforeAll(async () => {
  stack = await startStack();
  production = await startGateway(stack.subgraphUrls, {
    NODE_ENV: 'production',
    JWT_SECRET: 'a-production-secret-of-at-least-32-characters',
  });
  origin = new URL(stack.gatewayUrl).origin;
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await production?.gateway.close();
  await stack?.close();
});

/** Opens the explorer with every request to another origin aborted and recorded. */
const open = () =>
  openOffline(browser, origin, `${origin}/graphql`, '.graphiql-container .graphiql-query-editor .CodeMirror', { width: 1400, height: 900 });

/** Replaces the text of one of GraphiQL's editors as typing would (select all, then type), without its bracket auto-closing. */
async function typeInto(page: Page, editor: string, text: string) {
  await page.click(`${editor} .CodeMirror`);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}

/** Runs the query in the editor and waits for the result pane to show `expected`. */
async function run(page: Page, expected: string): Promise<string> {
  await page.click('.graphiql-execute-button');
  const pane = page.locator('.graphiql-response .CodeMirror-code');
  await expect.poll(() => pane.innerText(), { timeout: 30_000 }).toContain(expected);
  return pane.innerText();
}

describe('the explorer', () => {
  it('is served at /graphql to a browser, and the endpoint still answers JSON clients', async () => {
    const page = await fetch(stack.gatewayUrl, { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    const html = await page.text();
    expect(html).not.toMatch(/https?:\/\//);
    // Apollo's landing page (Sandbox from a CDN) is gone.
    expect(html).not.toMatch(/apollo/i);
    const json = await fetch(`${stack.gatewayUrl}?query=${encodeURIComponent('{ county(code: "56") { name } }')}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(await json.json()).toEqual({ data: { county: { name: 'Finnmark' } } });
  });

  it('loads with every other host blocked, runs a typed query and shows the answer', async () => {
    const { page, refused, problems } = await open();
    await typeInto(page, '.graphiql-query-editor', 'query Finnmark { municipalities(countyCode: "56") { code name } }');
    // GraphiQL names the tab after the operation once it has read the editor.
    await page.locator('.graphiql-tab-active', { hasText: 'Finnmark' }).waitFor();
    const answer = await run(page, '"Alta"');
    expect(answer).toContain('"5601"');
    expect(refused).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('sends the token written in its headers editor', async () => {
    const { page, refused } = await open();
    // volunteers needs an admin (or coordinator) token: without one the answer is an error.
    await typeInto(page, '.graphiql-query-editor', 'query Count { volunteers(first: 1) { totalCount } }');
    await page.locator('.graphiql-tab-active', { hasText: 'Count' }).waitFor();
    await page.click('.graphiql-editor-tools button:has-text("Headers")');
    await typeInto(page, '.graphiql-editor-tool .graphiql-editor:not(.hidden)', JSON.stringify({ authorization: 'Bearer not-a-token' }));
    expect(await run(page, '"errors"')).toMatch(/UNAUTHENTICATED/);
    const token = await tokenFor({ role: 'admin' });
    await typeInto(page, '.graphiql-editor-tool .graphiql-editor:not(.hidden)', JSON.stringify({ authorization: `Bearer ${token}` }));
    expect(await run(page, '"totalCount"')).not.toMatch(/"errors"/);
    expect(refused).toEqual([]);
    await page.context().close();
  });

  it('opens with one example tab per kind of caller, each with its token header', async () => {
    const { page } = await open();
    const tabs = await page.locator('.graphiql-tab').allInnerTexts();
    expect(tabs.map((t) => t.trim())).toEqual(['Catalogue', 'Municipality', 'Organisation', 'Researcher']);
    await page.context().close();
  });

  it("offers example operations that are valid against the committed supergraph's API", () => {
    // The API schema the gateway serves is the supergraph without its join__ and link__ machinery,
    // which buildSchema keeps as plain directives; the fields and arguments are the same.
    const schema = buildSchema(readFileSync(new URL('../../schema/supergraph.graphql', import.meta.url), 'utf8'));
    for (const example of EXAMPLES) {
      expect(validate(schema, parse(example.query)).map((e) => e.message)).toEqual([]);
      expect(() => JSON.parse(example.headers)).not.toThrow();
    }
    const signedIn = EXAMPLES.filter((e) => JSON.parse(e.headers).authorization);
    expect(signedIn.map((e) => JSON.parse(e.headers).authorization)).toEqual(
      signedIn.map(() => expect.stringMatching(/^Bearer <paste a token from: npm run token/)),
    );
  });

  it('runs every example under the gateway limits, the catalogue without a token', async () => {
    const organisation = (await gql(stack.gatewayUrl, '{ organisations(first: 1) { edges { node { id } } } }')).data.organisations.edges[0]
      .node.id;
    const tokens = [
      undefined,
      await tokenFor({ role: 'municipality', municipality: '5601' }),
      await tokenFor({ role: 'organisation', organisation }),
      await tokenFor({ role: 'researcher' }),
    ];
    for (const [i, example] of EXAMPLES.entries()) {
      const response = await fetch(stack.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(tokens[i] ? { authorization: `Bearer ${tokens[i]}` } : {}) },
        body: JSON.stringify({ query: example.query }),
      });
      const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
      expect(body.errors, example.query).toBeUndefined();
      expect(body.data).toBeTruthy();
    }
  });

  it('is not served when introspection is off (production default)', async () => {
    const response = await fetch(production.url, { headers: { accept: 'text/html' } });
    expect(response.headers.get('content-type')).not.toMatch(/^text\/html/);
    expect((await fetch(`${new URL(production.url).origin}/explorer`)).status).toBe(404);
  });
});
