import { pino, type Logger } from 'pino';

/** Structured JSON logs; LOG_LEVEL sets the level (default info, silent under vitest). */
export function createLogger(service: string): Logger {
  const level = process.env.LOG_LEVEL || (process.env.VITEST ? 'silent' : 'info');
  return pino({ level, base: { service }, redact: ['req.headers.authorization'] });
}
export type { Logger };
