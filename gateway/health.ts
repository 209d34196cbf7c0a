import type { SubgraphName } from '../subgraphs/common/config.js';

type SubgraphHealth = Record<SubgraphName, 'ok' | 'unavailable'>;

/** Asks each subgraph's /health, in parallel, each with a short timeout. */
export async function subgraphHealth(urls: Record<SubgraphName, string>, timeoutMs = 2000): Promise<SubgraphHealth> {
  const entries = await Promise.all(
    Object.entries(urls).map(async ([name, url]) => {
      try {
        const response = await fetch(new URL('/health', url), { signal: AbortSignal.timeout(timeoutMs) });
        return [name, response.ok ? 'ok' : 'unavailable'] as const;
      } catch {
        return [name, 'unavailable'] as const;
      }
    }),
  );
  return Object.fromEntries(entries) as SubgraphHealth;
}
