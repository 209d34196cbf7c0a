import type { Caller } from '../subgraphs/common/auth.js';

/** What the gateway knows about a request: the verified caller and what it forwards. */
export interface GatewayContext {
  caller: Caller;
  authorization?: string;
  requestId: string;
}
