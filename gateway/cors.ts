import cors from 'cors';
import type { RequestHandler } from 'express';
import { ConfigError, listSetting, type Env } from '../subgraphs/common/config.js';

/** What a browser app sends: the token, JSON, its request id, and the headers Apollo Client and CSRF prevention use. */
export const CORS_ALLOWED_HEADERS = [
  'authorization',
  'content-type',
  'x-request-id',
  'apollographql-client-name',
  'apollographql-client-version',
  'apollo-require-preflight',
];

/** Response headers a page may read: the request id to quote in a bug report, and an export's file name. */
const EXPOSED_HEADERS = ['x-request-id', 'content-disposition', 'x-cache'];

/** The dev servers frontend teams start most (Vite on 5173, Create React App and Next.js on 3000). */
const DEVELOPMENT_ORIGINS = ['http://localhost:5173', 'http://127.0.0.1:5173', 'http://localhost:3000'];

/**
 * The origins whose pages may call the gateway (CORS_ORIGINS, comma-separated, e.g.
 * `https://app.example.no,https://admin.example.no`). Unset: in development the
 * Vite and React dev servers and the gateway's own origin on `port`; with
 * NODE_ENV=production none, so every other origin must be named.
 */
export function corsOrigins(env: Env, port: number): string[] {
  const fallback = env.NODE_ENV === 'production' ? [] : [...DEVELOPMENT_ORIGINS, `http://localhost:${port}`, `http://127.0.0.1:${port}`];
  return listSetting(env, 'CORS_ORIGINS', fallback).map((entry) => {
    let url: URL | undefined;
    try {
      url = new URL(entry);
    } catch {
      // reported below
    }
    // An origin is scheme, host and port alone; a path or "*" would never match what a browser sends.
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.origin !== entry.replace(/\/$/, '')) {
      throw new ConfigError(`CORS_ORIGINS must list origins such as https://app.example.no (no path, no "*"), got "${entry}"`);
    }
    return url.origin;
  });
}

/**
 * CORS for the listed origins: a preflight from one of them is answered 204 with the
 * origin echoed, credentials allowed and the headers above; any other origin gets no
 * Access-Control-Allow-Origin, so its browser withholds the answer. Apollo Server's
 * CSRF prevention stays on behind it: a request without a JSON content type or
 * `apollo-require-preflight` is still refused.
 */
export function corsMiddleware(origins: readonly string[]): RequestHandler {
  return cors({
    origin: [...origins],
    credentials: true,
    allowedHeaders: CORS_ALLOWED_HEADERS,
    exposedHeaders: EXPOSED_HEADERS,
    methods: ['GET', 'POST', 'OPTIONS'],
    // Browsers cap this (Chromium at 2 hours); 10 minutes spares a preflight per request without pinning a stale policy long.
    maxAge: 600,
  });
}
