import type { Caller } from '../common/auth.js';

/** Researchers, services and admins see unpublished indicators; everyone else only published ones. */
export const seesUnpublished = (caller: Caller) => caller.role === 'researcher' || caller.role === 'admin' || caller.role === 'service';
