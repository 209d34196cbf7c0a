/* global process, console, URL */
// `npm run start:service -- <service>`: with NODE_ENV=production the compiled dist/ (`npm run build`),
// which starts without a TypeScript compiler in the process; otherwise the TypeScript through tsx.
import { existsSync } from 'node:fs';

const compiled = new URL('../dist/scripts/start-service.js', import.meta.url);
if (process.env.NODE_ENV === 'production') {
  if (!existsSync(compiled)) {
    console.error('NODE_ENV=production runs the compiled services: run `npm run build` first (it writes dist/)');
    process.exit(2);
  }
  await import(compiled.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('./start-service.ts');
}
