import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OrganisationKind, OrganisationStatus } from '../../subgraphs/organisations/enums.js';
import { enhetToRecord, kindOf, parentsFirst, readEnheter, type Enhet } from '../../subgraphs/organisations/sync/brreg.input.js';

const fixture = readEnheter(JSON.parse(readFileSync(new URL('../fixtures/brreg-enheter.json', import.meta.url), 'utf8')));
const unit = (navn: string) => fixture.find((e) => e.navn === navn)!;

describe('Enhetsregisteret mapping', () => {
  it('reads the API page shape and refuses anything else', () => {
    expect(fixture.length).toBeGreaterThan(10);
    expect(() => readEnheter({ enheter: [] })).toThrow(/_embedded/);
  });

  it('maps a unit to a sync record keyed by organisasjonsnummer', () => {
    expect(enhetToRecord(unit('NORGES RØDE KORS'))).toEqual({
      externalId: '864139442',
      orgNumber: '864139442',
      name: 'NORGES RØDE KORS',
      kind: OrganisationKind.VOLUNTARY_ORGANISATION,
      website: 'https://www.rodekors.no',
      registeredInFrivillighetsregisteret: true,
      address: { street: 'Hausmanns gate 7', postalCode: '0186', postalPlace: 'OSLO', municipalityCode: '0301' },
    });
    expect(enhetToRecord(unit('TESTDAL RØDE KORS')).parentOrgNumber).toBe('864139442');
    expect(enhetToRecord(unit('TESTDAL NEDLAGT FORENING')).status).toBe(OrganisationStatus.DISSOLVED);
  });

  it('derives the kind from the name, industry code and organisational form', () => {
    expect(kindOf(unit('TESTDAL FRIVILLIGSENTRAL'))).toBe(OrganisationKind.VOLUNTEER_CENTRE);
    expect(kindOf(unit('TESTDAL MENIGHET'))).toBe(OrganisationKind.FAITH_COMMUNITY);
    expect(kindOf(unit('STIFTELSEN TESTDAL OMSORGSSENTER'))).toBe(OrganisationKind.NON_PROFIT_WELFARE_PROVIDER);
    expect(kindOf(unit('TESTDAL SOSIALE ENTREPRENØR AS'))).toBe(OrganisationKind.SOCIAL_ENTREPRENEUR);
    expect(kindOf(unit('TESTDAL KOMMUNALT FORETAK'))).toBeUndefined();
  });

  it('orders parents before their sub-units, keeping file order otherwise', () => {
    const e = (n: string, parent?: string): Enhet => ({ organisasjonsnummer: n, navn: n, overordnetEnhet: parent });
    const ordered = parentsFirst([e('c', 'b'), e('b', 'a'), e('x'), e('a'), e('loop1', 'loop2'), e('loop2', 'loop1')]);
    expect(ordered.map((u) => u.organisasjonsnummer).slice(0, 2)).toEqual(['x', 'a']);
    expect(ordered.map((u) => u.organisasjonsnummer).indexOf('b')).toBeLessThan(ordered.map((u) => u.organisasjonsnummer).indexOf('c'));
    expect(ordered).toHaveLength(6);
  });
});
