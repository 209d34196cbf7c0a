import type { TokenRequest } from '../subgraphs/common/auth.js';
import { seedId } from '../subgraphs/common/seed-ids.js';

/** One token per role, for the records the seed creates (ids derived as the seed derives them). */
export const DEVELOPMENT_ROLES: { variable: string; request: TokenRequest; who: string }[] = [
  { variable: 'ADMIN_TOKEN', request: { role: 'admin' }, who: 'admin' },
  { variable: 'RESEARCHER_TOKEN', request: { role: 'researcher' }, who: 'researcher' },
  { variable: 'MUNICIPALITY_TOKEN', request: { role: 'municipality', municipality: '5601' }, who: 'Alta kommune (5601)' },
  {
    variable: 'ORGANISATION_TOKEN',
    request: { role: 'organisation', organisation: seedId('organisation', 'alta-frivilligsentral') },
    who: 'Alta frivilligsentral',
  },
  {
    variable: 'PARTNER_TOKEN',
    request: { role: 'organisation', organisation: seedId('organisation', 'norges-rode-kors') },
    who: 'Norges Røde Kors, owner of the rode-kors sync source',
  },
  {
    variable: 'VOLUNTEER_TOKEN',
    request: { role: 'volunteer', volunteer: seedId('volunteer', 'alta-frivilligsentral-1') },
    who: 'a seeded volunteer of Alta frivilligsentral',
  },
];
