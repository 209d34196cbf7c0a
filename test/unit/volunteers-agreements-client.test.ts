import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpAgreementDirectory, type AgreementDirectory, type AgreementInfo } from '../../subgraphs/volunteers/agreements.client.js';
import { knownAgreement } from '../../subgraphs/volunteers/services/opportunity.service.js';

/** A stand-in agreements subgraph: answers `_entities` from a table, or stalls, or fails. */
let mode: 'answer' | 'stall' | 'fail' = 'answer';
const seen: { authorization?: string; body: any }[] = [];
const server = http.createServer((req, res) => {
  let raw = '';
  req.on('data', (chunk) => (raw += chunk));
  req.on('end', () => {
    seen.push({ authorization: req.headers.authorization, body: JSON.parse(raw) });
    if (mode === 'stall') return;
    if (mode === 'fail') return void res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: 'boom' }] }));
    const id = JSON.parse(raw).variables.r[0].id;
    const agreement = id === 'known' ? { id, municipality: { code: '5501' }, parties: [{ id: 'org-1' }], requirements: [{ kind: 'POLICE_CERTIFICATE' }, { kind: 'TRAINING' }] } : null;
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: { _entities: [agreement] } }));
  });
});
let url: string;
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

describe('the HTTP agreement directory', () => {
  it('asks with an _entities query on the caller\'s behalf and reads municipality, parties and requirements', async () => {
    mode = 'answer';
    const found = await httpAgreementDirectory('Bearer caller-token', url, 1000).find('known');
    expect(found).toEqual({ id: 'known', municipalityCode: '5501', partyIds: ['org-1'], closed: false, requires: { policeCertificate: true, confidentialityDeclaration: false, training: true } });
    expect(seen.at(-1)!.authorization).toBe('Bearer caller-token');
    expect(seen.at(-1)!.body.query).toMatch(/_entities\(representations: \$r\)[\s\S]*on Agreement[\s\S]*requirements \{ kind \}/);
  });

  it('returns null for an agreement it does not know', async () => {
    mode = 'answer';
    expect(await httpAgreementDirectory(undefined, url, 1000).find('unknown')).toBeNull();
  });

  it('gives up after the timeout, and on an error answer, instead of guessing', async () => {
    mode = 'stall';
    await expect(httpAgreementDirectory(undefined, url, 100).find('known')).rejects.toMatchObject({ reason: 'no answer within 100 ms', extensions: { code: 'SERVICE_UNAVAILABLE', service: 'agreements' } });
    mode = 'fail';
    await expect(httpAgreementDirectory(undefined, url, 1000).find('known')).rejects.toThrow(/could not be asked/);
    await expect(httpAgreementDirectory(undefined, 'http://127.0.0.1:1/graphql', 1000).find('known')).rejects.toThrow(/could not be asked/);
  });
});

describe('knownAgreement with a fake directory', () => {
  const info: AgreementInfo = { id: 'a1', municipalityCode: '4601', partyIds: ['org-1'], closed: false, requires: { policeCertificate: false, confidentialityDeclaration: false, training: false } };
  const fake: AgreementDirectory = { find: async (id) => (id === 'a1' ? info : null) };

  it('refuses an unknown agreement as bad input naming the field', async () => {
    await expect(knownAgreement(fake, 'input.agreementId', 'nope')).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.agreementId' } });
  });

  it('refuses an organisation that is not a party, naming organisationId', async () => {
    await expect(knownAgreement(fake, 'input.agreementId', 'a1', 'org-2')).rejects.toMatchObject({ extensions: { field: 'input.organisationId' } });
    expect(await knownAgreement(fake, 'input.agreementId', 'a1', 'org-1')).toBe(info);
  });
});
