import { describe, expect, it } from 'vitest';
import { SEED_AGREEMENTS } from '../../subgraphs/agreements/seed/agreements.js';
import { isActivityCode } from '../../subgraphs/common/taxonomy.js';
import { SEED_OPPORTUNITIES, SEED_TEAMS } from '../../subgraphs/volunteers/seed/data.js';

const agreement = (slug: string) => SEED_AGREEMENTS.find((a) => a.slug === slug);

describe('volunteer seed data agrees with the agreements seed', () => {
  it('every team works under a seeded agreement its organisation is party to, in that municipality', () => {
    for (const team of SEED_TEAMS) {
      const a = agreement(team.agreement);
      expect(a, team.agreement).toBeDefined();
      expect(a!.parties, team.organisation).toContain(team.organisation);
      expect(a!.municipalityCode).toBe(team.municipalityCode);
      expect(isActivityCode(team.activity)).toBe(true);
    }
  });

  it('every opportunity is under a seeded agreement, published by a party or by the municipality', () => {
    for (const o of SEED_OPPORTUNITIES) {
      const a = agreement(o.agreement)!;
      expect(a.municipalityCode, o.slug).toBe(o.municipalityCode);
      if (o.organisation) expect(a.parties).toContain(o.organisation);
      expect(isActivityCode(o.activity)).toBe(true);
    }
    expect(SEED_OPPORTUNITIES.map((o) => o.slug)).toEqual(expect.arrayContaining(['tromso-sykehjem-frivillige', 'bergen-flyktningguide']));
  });
});
