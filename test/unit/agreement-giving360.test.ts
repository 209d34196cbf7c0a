import { describe, expect, it } from 'vitest';
import { funderId, recipientId, toGrant, type GrantSource } from '../../subgraphs/agreements/rules/giving360.js';

const source: GrantSource = {
  agreementId: 'a1',
  title: 'Flyktningguide',
  description: null,
  municipalityCode: '4601',
  partyIds: ['o1', 'o2'],
  startDate: '2024-09-01',
  endDate: '2026-03-31',
  updatedAt: new Date('2026-01-05T10:00:00Z'),
  year: 2026,
  awardedNok: 90000,
  disbursedNok: null,
  awardDate: null,
};

describe('360Giving grant records', () => {
  it('uses NO-BRC for organisations with an organisation number and a Samspill id otherwise', () => {
    expect(recipientId('o1', { id: 'o1', name: 'Bergen Røde Kors', orgNumber: '864139442' })).toBe('NO-BRC-864139442');
    expect(recipientId('o2', { id: 'o2', name: 'Uformell gruppe', orgNumber: null })).toBe('360G-samspill-org-o2');
    expect(recipientId('o3', undefined)).toBe('360G-samspill-org-o3');
    expect(funderId('4601')).toBe('NO-KOMM-4601');
  });

  it('clips planned dates to the funding year, dates an undated award to 1 January and names the municipality', () => {
    const grant = toGrant(source, new Map([['o1', { id: 'o1', name: 'Bergen Røde Kors', orgNumber: '864139442' }]]));
    expect(grant).toMatchObject({
      id: '360G-samspill-a1-2026',
      title: 'Flyktningguide (2026)',
      description: 'Flyktningguide',
      awardDate: '2026-01-01',
      plannedDates: [{ startDate: '2026-01-01', endDate: '2026-03-31' }],
      recipientOrganization: [
        { id: 'NO-BRC-864139442', name: 'Bergen Røde Kors' },
        { id: '360G-samspill-org-o2', name: 'o2' },
      ],
      fundingOrganization: [{ id: 'NO-KOMM-4601', name: 'Bergen kommune' }],
      beneficiaryLocation: [{ name: 'Bergen', countryCode: 'NO', geoCode: '4601', geoCodeType: 'NO-KOMMUNENUMMER' }],
      dateModified: '2026-01-05T10:00:00.000Z',
    });
    expect(grant).not.toHaveProperty('amountDisbursed');
    expect(toGrant({ ...source, year: 2025, disbursedNok: 0 }, new Map()).plannedDates).toEqual([
      { startDate: '2025-01-01', endDate: '2025-12-31' },
    ]);
    expect(toGrant({ ...source, disbursedNok: 0 }, new Map()).amountDisbursed).toBe(0);
  });
});
