import { parseArgs } from 'node:util';
import { signToken } from '../subgraphs/common/auth.js';
import { systemClock } from '../subgraphs/common/clock.js';
import { authConfig, ConfigError } from '../subgraphs/common/config.js';
import { GatewayRequestError } from '../subgraphs/indicators/clients/gateway.client.js';
import { indicatorsSettings } from '../subgraphs/indicators/config.js';
import { runSnapshot } from '../subgraphs/indicators/live/run.js';
import { SnapshotError } from '../subgraphs/indicators/live/snapshot.types.js';

/**
 * `npm run indicators:snapshot -- --period 2026` reads the live indicators through
 * the gateway (GATEWAY_URL, default http://localhost:4000/graphql) with a service
 * token and stores them as that period's observations, replacing an earlier run's.
 * The token is signed with JWT_SECRET; where tokens come from an identity
 * provider instead (JWT_JWKS_URL), give one with the service role in SERVICE_TOKEN.
 */
const usage = 'usage: npm run indicators:snapshot -- --period <year> [--gateway http://localhost:4000/graphql]';

try {
  const { values } = parseArgs({ options: { period: { type: 'string' }, gateway: { type: 'string' } } });
  if (!values.period) throw new ConfigError(`--period is required\n${usage}`);
  const gatewayUrl = values.gateway ?? indicatorsSettings(process.env).gatewayUrl;
  const token =
    process.env.SERVICE_TOKEN ||
    (await signToken(authConfig(), { role: 'service', subject: 'service:indicators-snapshot', expiresIn: '15m' }));
  console.error(`snapshot of live indicators for ${values.period} through ${gatewayUrl}`);
  const summary = await runSnapshot({ gatewayUrl, token, period: values.period, clock: systemClock, log: (line) => console.error(line) });
  console.error(
    `done in ${summary.seconds.toFixed(1)} s: ${summary.municipalities} municipalities, ${summary.indicators.length} indicators, ` +
      `${summary.stored} observations stored (${summary.status}), ${summary.removed} from an earlier run replaced`,
  );
} catch (error) {
  const parseError = error instanceof Error && 'code' in error && typeof error.code === 'string' && error.code.startsWith('ERR_PARSE_ARGS');
  const known = error instanceof ConfigError || error instanceof SnapshotError || error instanceof GatewayRequestError || parseError;
  console.error(known && error instanceof Error ? error.message : error);
  process.exit(known ? 2 : 1);
}
