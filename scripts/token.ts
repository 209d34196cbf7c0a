import { parseArgs } from 'node:util';
import { ROLES, signToken, type TokenRequest } from '../subgraphs/common/auth.js';
import { authConfig, ConfigError } from '../subgraphs/common/config.js';

/**
 * `npm run token -- --role <role> [--municipality 5601] [--organisation <id>] [--volunteer <id>] [--expires 8h]`
 * prints a development JWT signed with JWT_SECRET (or the development secret,
 * which NODE_ENV=production refuses).
 */
const usage = `usage: npm run token -- --role <${ROLES.filter((r) => r !== 'anonymous').join('|')}> [--municipality 5601] [--organisation <id>] [--volunteer <id>] [--expires 8h]`;

try {
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
  if (!role || !ROLES.includes(role) || (role as string) === 'anonymous') throw new ConfigError(`--role must be one of the roles\n${usage}`);
  const needs = { municipality: 'municipality', organisation: 'organisation', volunteer: 'volunteer' } as const;
  const needed = needs[role as keyof typeof needs];
  if (needed && !values[needed]) throw new ConfigError(`a ${role} token needs --${needed}\n${usage}`);
  console.log(await signToken(authConfig(), { role, municipality: values.municipality, organisation: values.organisation, volunteer: values.volunteer, expiresIn: values.expires }));
} catch (error) {
  console.error(error instanceof ConfigError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') ? (error as Error).message : error);
  process.exit(2);
}
