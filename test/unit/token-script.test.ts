import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createVerifier } from '../../subgraphs/common/auth.js';
import { authConfig } from '../../subgraphs/common/config.js';

const run = promisify(execFile);
const script = (args: string[], env: Record<string, string> = {}) =>
  run(process.execPath, ['--import', 'tsx', 'scripts/token.ts', ...args], { env: { ...process.env, NODE_ENV: 'development', ...env } });

describe('npm run token', () => {
  it('prints a token the services accept, for the role and ids asked', async () => {
    const { stdout } = await script(['--role', 'municipality', '--municipality', '5601']);
    const caller = await createVerifier(authConfig({}))(`Bearer ${stdout.trim()}`);
    expect(caller).toMatchObject({ role: 'municipality', municipalityCode: '5601' });
  });

  it('prints tokens that expire: 8 hours by default, or as asked within JWT_MAX_LIFETIME_S', async () => {
    const claims = (token: string) => JSON.parse(Buffer.from(token.trim().split('.')[1], 'base64url').toString());
    const standard = claims((await script(['--role', 'researcher'])).stdout);
    expect(standard.exp - standard.iat).toBe(8 * 3600);
    const short = claims((await script(['--role', 'researcher', '--expires', '15m'])).stdout);
    expect(short.exp - short.iat).toBe(15 * 60);
    const failure = await script(['--role', 'admin', '--expires', '30d']).catch((e) => e);
    expect(failure.code).toBe(2);
    expect(failure.stderr).toMatch(/at most 86400 s \(JWT_MAX_LIFETIME_S\)/);
  });

  it('refuses the development secret when NODE_ENV=production', async () => {
    const failure = await script(['--role', 'admin'], { NODE_ENV: 'production', JWT_SECRET: '' }).catch((e) => e);
    expect(failure.code).toBe(2);
    expect(failure.stderr).toMatch(/production/);
  });

  it('refuses a role token without its id', async () => {
    const failure = await script(['--role', 'organisation']).catch((e) => e);
    expect(failure.code).toBe(2);
    expect(failure.stderr).toMatch(/needs --organisation/);
  });
});
