import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { composeSupergraph } from '../../scripts/supergraph.js';

describe('committed schema files', () => {
  it('match what the code composes (run `npm run compose` after a schema change)', async () => {
    const { subgraphs, supergraph, api } = await composeSupergraph();
    for (const [name, sdl] of Object.entries(subgraphs)) {
      expect(await readFile(new URL(`../../schema/${name}.graphql`, import.meta.url), 'utf8'), `schema/${name}.graphql is stale`).toBe(sdl);
    }
    expect(await readFile(new URL('../../schema/supergraph.graphql', import.meta.url), 'utf8'), 'schema/supergraph.graphql is stale').toBe(
      supergraph,
    );
    expect(await readFile(new URL('../../schema/api.graphql', import.meta.url), 'utf8'), 'schema/api.graphql is stale').toBe(api);
  });

  it('link Federation 2 and import every federation directive they use', async () => {
    const { subgraphs } = await composeSupergraph();
    for (const sdl of Object.values(subgraphs)) {
      const link = /@link\(url: "https:\/\/specs\.apollo\.dev\/federation\/v2\.\d+", import: \[([^\]]*)\]\)/.exec(sdl);
      expect(link).not.toBeNull();
      const body = sdl.slice(sdl.indexOf(link![0]) + link![0].length);
      for (const directive of ['key', 'shareable', 'external', 'requires', 'provides', 'inaccessible', 'override']) {
        if (new RegExp(`@${directive}\\b`).test(body)) expect(link![1]).toContain(`"@${directive}"`);
      }
    }
  });
});
