import type { Caller } from '../subgraphs/common/auth.js';
import type { CacheTicket } from './response-cache.js';

/** What the gateway knows about a request: the verified caller and what it forwards. */
export interface GatewayContext {
  caller: Caller;
  authorization?: string;
  requestId: string;
  /** Set while an anonymous query that missed the response cache runs (response-cache.ts). */
  cache?: CacheTicket;
}
