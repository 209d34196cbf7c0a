import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSubgraphClient } from '../../subgraphs/common/subgraph-client.js';
import { agreementDirectory, type AgreementDirectory, type AgreementInfo } from '../../subgraphs/volunteers/clients/agreements.client.js';
import { knownAgreement } from '../../subgraphs/volunteers/services/opportunity.service.js';

/** A stand-in agreements subgraph: answers `_entities` from a table, or stalls, or fails. */
let mode: 'answer' | 'stall' | 'fail' = 'answer';
const seen: { authorization?: string; requestId?: string; body: any }[] = [];
const server = http.createServer((req, res) => {
  let raw = '';
  req.on('data', (chunk) => (raw += chunk));
  req.on('end', () => {
    const body = JSON.parse(raw);
    seen.push({ authorization: req.headers.authorization, requestId: req.headers['x-request-id'] as string | undefined, body });
    if (mode === 'stall') return;
    if (mode === 'fail')
      return void res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: 'boom' }] }));
    const answer = (id: string) =>
      id === 'known'
        ? {
            id,
            status: 'ACTIVE',
            municipality: { code: '5501' },
            parties: [{ id: 'org-1' }],
            requirements: [{ kind: 'POLICE_CERTIFICATE' }, { kind: 'TRAINING' }],
          }
        : id === 'ended'
          ? { id, status: 'TERMINATED', municipality: { code: '5501' }, parties: [], requirements: [] }
          : null;
    res
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify({ data: { _entities: body.variables.representations.map((r: { id: string }) => answer(r.id)) } }));
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

const directory = (timeoutMs = 1000, at = url) => agreementDirectory(createSubgraphClient({ name: 'agreements', url: at, timeoutMs }));
const call = { authorization: 'Bearer caller-token', requestId: 'req-42' };

describe('the agreement directory over the common subgraph client', () => {
  it("asks with one _entities query on the caller's behalf, forwarding token and request id, and reads status, municipality, parties and requirements", async () => {
    mode = 'answer';
    const found = await directory().find(call, ['known', 'unknown', 'ended']);
    expect(found.get('known')).toEqual({
      id: 'known',
      municipalityCode: '5501',
      status: 'ACTIVE',
      partyIds: ['org-1'],
      closed: false,
      requires: { policeCertificate: true, confidentialityDeclaration: false, training: true },
    });
    expect(found.get('ended')).toMatchObject({ status: 'TERMINATED', closed: true });
    expect(found.has('unknown')).toBe(false);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ authorization: 'Bearer caller-token', requestId: 'req-42' });
    expect(seen[0].body.query).toMatch(
      /_entities\(representations: \$representations\)[\s\S]*on Agreement[\s\S]*parties \{ id \}[\s\S]*requirements \{ kind \}/,
    );
  });

  it('asks nothing for no ids', async () => {
    const before = seen.length;
    expect((await directory().find(call, [])).size).toBe(0);
    expect(seen).toHaveLength(before);
  });

  it('gives up after the timeout, and on an error answer, instead of guessing', async () => {
    mode = 'stall';
    await expect(directory(100).find({}, ['known'])).rejects.toMatchObject({
      reason: 'no answer within 100 ms',
      extensions: { code: 'SERVICE_UNAVAILABLE', service: 'agreements' },
    });
    mode = 'fail';
    await expect(directory().find({}, ['known'])).rejects.toThrow(/could not be asked/);
    await expect(directory(1000, 'http://127.0.0.1:1/graphql').find({}, ['known'])).rejects.toThrow(/could not be asked/);
  });
});

describe('knownAgreement with a fake directory', () => {
  const info: AgreementInfo = {
    id: 'a1',
    municipalityCode: '4601',
    status: 'ACTIVE',
    partyIds: ['org-1'],
    closed: false,
    requires: { policeCertificate: false, confidentialityDeclaration: false, training: false },
  };
  const fake: AgreementDirectory = { find: async (_call, ids) => new Map(ids.includes('a1') ? [['a1', info]] : []) };
  const ctx = {};

  it('refuses an unknown agreement as bad input naming the field', async () => {
    await expect(knownAgreement(ctx, fake, 'input.agreementId', 'nope')).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'input.agreementId' },
    });
  });

  it('refuses an organisation that is not a party, naming organisationId', async () => {
    await expect(knownAgreement(ctx, fake, 'input.agreementId', 'a1', 'org-2')).rejects.toMatchObject({
      extensions: { field: 'input.organisationId' },
    });
    expect(await knownAgreement(ctx, fake, 'input.agreementId', 'a1', 'org-1')).toBe(info);
  });
});
