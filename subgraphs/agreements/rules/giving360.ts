import { municipalityByCode } from '../../common/municipalities.js';
import type { OrganisationInfo } from '../clients/organisations.client.js';

/**
 * The 360Giving Data Standard (https://standard.threesixtygiving.org), JSON
 * package shape `{ grants: [...] }`. One grant per agreement and year with an
 * awarded amount. Identifiers:
 * - grant: `360G-samspill-<agreement id>-<year>` (360G prefix + our record id);
 * - recipient: `NO-BRC-<organisasjonsnummer>` (org-id.guide list for
 *   Enhetsregisteret) where known, else `360G-samspill-org-<Samspill id>`;
 * - funder: `NO-KOMM-<kommunenummer>` (our scheme: no org-id.guide list names
 *   municipalities by their number);
 * - beneficiary location: geoCode = kommunenummer, geoCodeType `NO-KOMMUNENUMMER`
 *   (SSB Klass 131; the 360Giving geoCodeType codelist only has UK codes).
 */
const GRANT_PREFIX = '360G-samspill';
const GEO_CODE_TYPE = 'NO-KOMMUNENUMMER';

export interface GrantSource {
  agreementId: string;
  title: string;
  description: string | null;
  municipalityCode: string;
  partyIds: string[];
  startDate: string | null;
  endDate: string | null;
  updatedAt: Date;
  year: number;
  awardedNok: number;
  disbursedNok: number | null;
  awardDate: string | null;
}

export const recipientId = (id: string, org: OrganisationInfo | undefined) =>
  org?.orgNumber ? `NO-BRC-${org.orgNumber}` : `${GRANT_PREFIX}-org-${id}`;
export const funderId = (municipalityCode: string) => `NO-KOMM-${municipalityCode}`;

const later = (a: string, b: string | null) => (b && b > a ? b : a);
const earlier = (a: string, b: string | null) => (b && b < a ? b : a);

/** One 360Giving grant record. Planned dates are the part of the agreement's period that falls in the funding year. */
export function toGrant(g: GrantSource, organisations: Map<string, OrganisationInfo>) {
  const municipality = municipalityByCode(g.municipalityCode);
  const name = municipality?.name ?? g.municipalityCode;
  const grant: Record<string, unknown> = {
    id: `${GRANT_PREFIX}-${g.agreementId}-${g.year}`,
    title: `${g.title} (${g.year})`,
    description: g.description ?? g.title,
    currency: 'NOK',
    amountAwarded: g.awardedNok,
    // Without a recorded decision date, the award is dated to the start of its year.
    awardDate: g.awardDate ?? `${g.year}-01-01`,
    plannedDates: [{ startDate: later(`${g.year}-01-01`, g.startDate), endDate: earlier(`${g.year}-12-31`, g.endDate) }],
    recipientOrganization: g.partyIds.map((id) => ({
      id: recipientId(id, organisations.get(id)),
      name: organisations.get(id)?.name ?? id,
    })),
    fundingOrganization: [{ id: funderId(g.municipalityCode), name: `${name} kommune` }],
    beneficiaryLocation: [{ name, countryCode: 'NO', geoCode: g.municipalityCode, geoCodeType: GEO_CODE_TYPE }],
    dateModified: g.updatedAt.toISOString(),
  };
  if (g.disbursedNok !== null) grant.amountDisbursed = g.disbursedNok;
  return grant;
}
