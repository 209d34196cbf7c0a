import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEVELOPMENT_ROLES } from '../../scripts/dev-tokens.js';
import { gql } from '../helpers/graphql.js';
import { startStack, type Stack } from '../helpers/stack.js';

/*
 * Every example of the README, in the order a reader meets it, against the started graph:
 * each ```graphql block as the role its first line names (`# as: researcher`), and each ```sh
 * block that talks to the graph (curl, npm run token, the snapshot job) through bash, as written
 * but for the gateway's address (the test's free port instead of 4000).
 */
const README = readFileSync('README.md', 'utf8');
const run = promisify(execFile);

interface Block {
  lang: string;
  body: string;
  line: number;
}

const blocks: Block[] = [...README.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((m) => ({
  lang: m[1],
  body: m[2],
  line: README.slice(0, m.index).split('\n').length,
}));
const graphqlBlocks = blocks.filter((b) => b.lang === 'graphql');
/** Shell blocks a reader runs against the started graph; the two commands, compose and docker are not for a test to run. */
const shellBlocks = blocks.filter((b) => b.lang === 'sh' && /\bcurl\b|npm run -s token|indicators:snapshot/.test(b.body));

/** `# as: municipality` → the token variable `npm run token` sets for that role. */
const roleOf = (block: Block) => /^#\s*as:\s*(\w+)/.exec(block.body)?.[1];

let stack: Stack;
let tokens: Record<string, string>;

beforeAll(async () => {
  stack = await startStack();
  // The tokens a reader gets from `eval "$(npm run -s token)"`: the script itself, run as the README says.
  const { stdout } = await run('npm', ['run', '-s', 'token'], { env: { ...process.env, LOG_LEVEL: 'warn' } });
  tokens = Object.fromEntries([...stdout.matchAll(/^export (\w+)=(\S+)/gm)].map((m) => [m[1], m[2]]));
  expect(Object.keys(tokens).sort()).toEqual(DEVELOPMENT_ROLES.map((r) => r.variable).sort());
});
afterAll(async () => {
  await stack?.close();
});

const runnable = blocks.filter((b) => graphqlBlocks.includes(b) || shellBlocks.includes(b));

async function runGraphQL(block: Block) {
  const role = roleOf(block);
  expect(role, `the block at README.md:${block.line} names its role on its first line (# as: anonymous|admin|…)`).toBeDefined();
  const token = role === 'anonymous' ? undefined : tokens[`${role!.toUpperCase()}_TOKEN`];
  if (role !== 'anonymous') expect(token, `npm run token sets no ${role!.toUpperCase()}_TOKEN`).toBeDefined();
  const response = await gql(stack.gatewayUrl, block.body, undefined, token);
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  expect(response.status).toBe(200);
  // An example that answers only nulls and empty lists shows a reader nothing.
  expect(JSON.stringify(response.data)).toMatch(/"[^"]+":("[^"]+"|[1-9])/);
}

async function runShell(block: Block) {
  const origin = new URL(stack.gatewayUrl).origin;
  // `curl --fail-with-body` makes a 4xx/5xx answer fail the block while still printing it.
  const prelude = 'set -euo pipefail\ncurl() { command curl --silent --show-error --fail-with-body "$@"; echo; }\n';
  const script = prelude + block.body.replaceAll('http://localhost:4000', origin).replaceAll('localhost:4000', origin);
  const { stdout } = await run('bash', ['-c', script], {
    env: { ...process.env, ...tokens, GATEWAY_URL: stack.gatewayUrl, LOG_LEVEL: 'warn' },
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
  }).catch((error: { stdout?: string; stderr?: string; message: string }) => {
    throw new Error(`README.md:${block.line} failed: ${error.message}\n${error.stdout ?? ''}\n${error.stderr ?? ''}`);
  });
  expect(stdout, `README.md:${block.line}`).not.toMatch(/"errors"\s*:/);
}

describe('README examples, in the order a reader meets them', () => {
  it('has GraphQL and shell examples to run', () => {
    expect(graphqlBlocks.length).toBeGreaterThanOrEqual(5);
    expect(shellBlocks.length).toBeGreaterThanOrEqual(3);
  });

  // vitest runs the tests of a file one after another, in this order.
  for (const block of runnable) {
    it(
      `runs the \`\`\`${block.lang} block at README.md:${block.line}`,
      () => (block.lang === 'graphql' ? runGraphQL(block) : runShell(block)),
      180_000,
    );
  }
});
