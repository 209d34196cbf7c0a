import { parseArgs } from 'node:util';
import { ROLES, signToken, type TokenRequest } from '../subgraphs/common/auth.js';
import { authConfig, ConfigError } from '../subgraphs/common/config.js';
import { DEVELOPMENT_ROLES } from './dev-tokens.js';

/**
 * `npm run token` (no arguments) prints a token for every role as shell lines, for the seeded
 * graph: `eval "$(npm run -s token)"` sets ADMIN_TOKEN, RESEARCHER_TOKEN, MUNICIPALITY_TOKEN (Alta),
 * ORGANISATION_TOKEN (Alta frivilligsentral), PARTNER_TOKEN (Norges Røde Kors, owner of the
 * `rode-kors` sync source) and VOLUNTEER_TOKEN (a seeded Alta volunteer).
 *
 * `npm run token -- --role <role> [--municipality 5601] [--organisation <id>] [--volunteer <id>] [--expires 8h]`
 * prints a development JWT signed with JWT_SECRET (or the development secret,
 * which NODE_ENV=production refuses). It always carries `iat` and `exp`; `--expires`
 * longer than JWT_MAX_LIFETIME_S (default 24h) is refused, as the services would refuse the token.
 */
const usage = `usage: npm run token -- --role <${ROLES.filter((r) => r !== 'anonymous').join('|')}> [--municipality 5601] [--organisation <id>] [--volunteer <id>] [--expires 8h]`;

try {
  if (process.argv.length <= 2) {
    console.log('# development tokens for every role of the seeded graph (8 h); load them with: eval "$(npm run -s token)"');
    for (const { variable, request, who } of DEVELOPMENT_ROLES) {
      console.log(`export ${variable}=${await signToken(authConfig(), { ...request, expiresIn: '8h' })}  # ${who}`);
    }
    process.exit(0);
  }
  const { values } = parseArgs({
    options: {
      role: { type: 'string' },
      municipality: { type: 'string' },
      organisation: { type: 'string' },
      volunteer: { type: 'string' },
      expires: { type: 'string', default: '8h' },
    },
  });
  const role = values.role as TokenRequest['role'];
  if (!role || !ROLES.includes(role) || (role as string) === 'anonymous')
    throw new ConfigError(`--role must be one of the roles\n${usage}`);
  const needs = { municipality: 'municipality', organisation: 'organisation', volunteer: 'volunteer' } as const;
  const needed = needs[role as keyof typeof needs];
  if (needed && !values[needed]) throw new ConfigError(`a ${role} token needs --${needed}\n${usage}`);
  console.log(
    await signToken(authConfig(), {
      role,
      municipality: values.municipality,
      organisation: values.organisation,
      volunteer: values.volunteer,
      expiresIn: values.expires,
    }),
  );
} catch (error) {
  console.error(
    error instanceof ConfigError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') ? (error as Error).message : error,
  );
  process.exit(2);
}
