import { describe, expect, it } from 'vitest';
import { SEED_AGREEMENTS } from '../../subgraphs/agreements/seed/agreements.js';
import { isMunicipalityCode } from '../../subgraphs/common/municipalities.js';
import { isActivityCode, isTargetGroupCode } from '../../subgraphs/common/taxonomy.js';
import { SEED_INDICATORS } from '../../subgraphs/indicators/seed/sources.js';
import { SEED_ORGANISATIONS } from '../../subgraphs/organisations/seed/organisations.js';
import { SEED_TEAMS } from '../../subgraphs/volunteers/seed/data.js';
import { isOrgNumber } from '../../subgraphs/common/orgnumber.js';

const organisations = new Set(SEED_ORGANISATIONS.map((o) => o.slug));

describe('seed data agrees across subgraphs', () => {
  it('every organisation an agreement or a volunteer team names is seeded by the organisations subgraph', () => {
    for (const a of SEED_AGREEMENTS) for (const slug of a.parties) expect(organisations, `${a.slug} -> ${slug}`).toContain(slug);
    for (const team of SEED_TEAMS) expect(organisations).toContain(team.organisation);
  });

  it('every parent is seeded, every municipality exists, every org number passes MOD11', () => {
    for (const o of SEED_ORGANISATIONS) {
      if (o.parent) expect(organisations).toContain(o.parent);
      for (const code of o.municipalities ?? []) expect(isMunicipalityCode(code)).toBe(true);
      if (o.orgNumber) expect(isOrgNumber(o.orgNumber)).toBe(true);
    }
  });

  it('agreements use the shared taxonomy', () => {
    for (const a of SEED_AGREEMENTS) {
      for (const code of a.activities) expect(isActivityCode(code), code).toBe(true);
      for (const code of a.targetGroups) expect(isTargetGroupCode(code), code).toBe(true);
    }
  });

  it('covers the seven TFoU municipalities, Haugesund and Bergen', () => {
    const covered = new Set(SEED_AGREEMENTS.map((a) => a.municipalityCode));
    for (const code of ['5601', '1505', '5037', '4030', '1130', '5501', '1824', '1106', '4601']) expect(covered).toContain(code);
  });

  it('every seeded indicator cites its source', () => {
    for (const indicator of SEED_INDICATORS) {
      expect(indicator.source.publication.length, indicator.code).toBeGreaterThan(20);
      expect(indicator.observations.length, indicator.code).toBeGreaterThan(0);
    }
  });
});
