import { OrganisationKind, OrganisationStatus } from '../enums.js';
import type { SyncRecord } from './sync.types.js';

/** An address as Enhetsregisteret gives it. */
interface BrregAddress {
  adresse?: string[];
  postnummer?: string;
  poststed?: string;
  kommunenummer?: string;
  kommune?: string;
}

/** One unit (enhet) of the Brønnøysund open API /enhetsregisteret/api/enheter, the fields the catalogue uses. */
export interface Enhet {
  organisasjonsnummer: string;
  navn: string;
  organisasjonsform?: { kode: string; beskrivelse?: string };
  naeringskode1?: { kode: string; beskrivelse?: string };
  forretningsadresse?: BrregAddress;
  postadresse?: BrregAddress;
  hjemmeside?: string;
  epostadresse?: string;
  telefon?: string;
  mobil?: string;
  registrertIFrivillighetsregisteret?: boolean;
  overordnetEnhet?: string;
  konkurs?: boolean;
  underAvvikling?: boolean;
  underTvangsavviklingEllerTvangsopplosning?: boolean;
  slettedato?: string;
}

/** The units of a file: the API's page shape (`_embedded.enheter`) or a bare array of units. */
export function readEnheter(json: unknown): Enhet[] {
  const list = Array.isArray(json) ? json : (json as { _embedded?: { enheter?: unknown } } | null)?._embedded?.enheter;
  if (!Array.isArray(list))
    throw new Error('expected the /enhetsregisteret/api/enheter shape ({ "_embedded": { "enheter": [...] } }) or an array of units');
  return list as Enhet[];
}

/** The catalogue's kind for a unit; undefined when the form says nothing (a creation is then rejected for want of a kind). */
export function kindOf(e: Enhet): OrganisationKind | undefined {
  const form = e.organisasjonsform?.kode;
  const industry = e.naeringskode1?.kode ?? '';
  if (/frivilligsentral/i.test(e.navn)) return OrganisationKind.VOLUNTEER_CENTRE;
  if (industry.startsWith('94.91')) return OrganisationKind.FAITH_COMMUNITY;
  // Health and social work (NACE 87, 88) by an association or foundation: ideell velferdsproduksjon.
  if (/^8[78]\./.test(industry) && (form === 'STI' || form === 'FLI')) return OrganisationKind.NON_PROFIT_WELFARE_PROVIDER;
  if (form === 'FLI' || form === 'ORGL' || form === 'STI') return OrganisationKind.VOLUNTARY_ORGANISATION;
  if (form === 'AS' || form === 'SA' || form === 'ANS' || form === 'DA' || form === 'ENK') return OrganisationKind.SOCIAL_ENTREPRENEUR;
  return undefined;
}

const website = (raw?: string) => (!raw ? undefined : /^https?:\/\//i.test(raw) ? raw : `https://${raw}`);

/** Maps a unit to a sync record of source "brreg", keyed by its organisasjonsnummer. Fields the register lacks stay out. */
export function enhetToRecord(e: Enhet): SyncRecord {
  const address = e.forretningsadresse ?? e.postadresse;
  const gone = !!(e.slettedato || e.konkurs || e.underAvvikling || e.underTvangsavviklingEllerTvangsopplosning);
  const record: SyncRecord = {
    externalId: e.organisasjonsnummer,
    orgNumber: e.organisasjonsnummer,
    name: e.navn,
    kind: kindOf(e),
    website: website(e.hjemmeside),
    email: e.epostadresse,
    phone: e.telefon ?? e.mobil,
    registeredInFrivillighetsregisteret: e.registrertIFrivillighetsregisteret ?? false,
    parentOrgNumber: e.overordnetEnhet,
    status: gone ? OrganisationStatus.DISSOLVED : undefined,
    address: address
      ? {
          street: address.adresse?.filter(Boolean).join(', ') || null,
          postalCode: address.postnummer ?? null,
          postalPlace: address.poststed ?? null,
          municipalityCode: address.kommunenummer ?? null,
        }
      : undefined,
  };
  for (const key of Object.keys(record) as (keyof SyncRecord)[]) if (record[key] === undefined) delete record[key];
  return record;
}

/** Units ordered so each parent (overordnetEnhet) comes before its sub-units, as the sync resolves parents in order. */
export function parentsFirst(enheter: Enhet[]): Enhet[] {
  const byNumber = new Map(enheter.map((e) => [e.organisasjonsnummer, e]));
  const depth = new Map<string, number>();
  const depthOf = (e: Enhet, seen = new Set<string>()): number => {
    const known = depth.get(e.organisasjonsnummer);
    if (known !== undefined) return known;
    const parent = e.overordnetEnhet ? byNumber.get(e.overordnetEnhet) : undefined;
    seen.add(e.organisasjonsnummer);
    const d = parent && !seen.has(parent.organisasjonsnummer) ? depthOf(parent, seen) + 1 : 0;
    depth.set(e.organisasjonsnummer, d);
    return d;
  };
  return enheter
    .map((e, i) => ({ e, i, d: depthOf(e) }))
    .sort((a, b) => a.d - b.d || a.i - b.i)
    .map((x) => x.e);
}
