import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DEFAULT_PORTS, portVariable, SUBGRAPH_NAMES, urlVariable } from '../../subgraphs/common/config.js';
import { GATEWAY_NODE_FLAGS } from '../../gateway/node-flags.js';

const compose = parse(readFileSync(new URL('../../docker-compose.yml', import.meta.url), 'utf8'), { merge: true });
const dockerfile = readFileSync(new URL('../../Dockerfile', import.meta.url), 'utf8');

describe('docker-compose.yml matches the code', () => {
  it('has postgres, the four subgraphs and the gateway, all subgraphs and the gateway from one image', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['postgres', 'gateway', ...SUBGRAPH_NAMES].sort());
    const images = new Set(['gateway', ...SUBGRAPH_NAMES].map((name) => compose.services[name].image));
    expect(images.size).toBe(1);
  });

  it('runs each service by name on its configured port', () => {
    for (const name of ['gateway', ...SUBGRAPH_NAMES] as const) {
      const service = compose.services[name];
      const port = DEFAULT_PORTS[name];
      expect(service.command, name).toEqual([name]);
      expect(service.environment[portVariable(name)], name).toBe(String(port));
      // Only the gateway is published; the subgraphs are reachable inside the network only.
      if (name === 'gateway') expect(service.ports, name).toEqual([`${port}:${port}`]);
      else {
        expect(service.expose, name).toEqual([String(port)]);
        expect(service.ports, name).toBeUndefined();
      }
    }
  });

  it('points the subgraphs at PostgreSQL, and the gateway and every subgraph at each subgraph by its service name and port', () => {
    for (const name of SUBGRAPH_NAMES) {
      expect(compose.services[name].environment.DATABASE_URL).toMatch(/^postgres:\/\/.*@postgres:5432\//);
      for (const caller of ['gateway', ...SUBGRAPH_NAMES]) {
        expect(compose.services[caller].environment[urlVariable(name)], `${caller} -> ${name}`).toBe(
          `http://${name}:${DEFAULT_PORTS[name]}/graphql`,
        );
      }
    }
  });

  it('runs the gateway with the heap cap of gateway/node-flags.ts, and only the gateway', () => {
    expect(compose.services.gateway.environment.NODE_OPTIONS).toBe(GATEWAY_NODE_FLAGS.join(' '));
    for (const name of SUBGRAPH_NAMES) expect(compose.services[name].environment.NODE_OPTIONS, name).toBeUndefined();
  });

  it('gives every service the same JWT settings', () => {
    const jwt = (name: string) => ['JWT_SECRET', 'JWT_ISSUER', 'JWT_AUDIENCE'].map((key) => compose.services[name].environment[key]);
    for (const name of SUBGRAPH_NAMES) expect(jwt(name)).toEqual(jwt('gateway'));
  });

  it('builds one image whose entry runs a named service, compiled: node dist/, no TypeScript at run time', () => {
    const stages = dockerfile.split(/^FROM /m).slice(1);
    expect(stages).toHaveLength(2);
    const [build, runtime] = stages;
    // The build stage has the dev dependencies (tsc) and runs `npm run build`.
    expect(build).toMatch(/^RUN npm ci --ignore-scripts$/m);
    expect(build).toMatch(/^RUN npm run build$/m);
    // The runtime stage: production dependencies and dist/ from the build stage, nothing else of the sources.
    expect(runtime).toMatch(/^ENV NODE_ENV=production$/m);
    expect(runtime).toMatch(/^RUN npm ci --omit=dev\b/m);
    expect(runtime.match(/^COPY .*/gm)).toEqual(['COPY package.json package-lock.json ./', 'COPY --from=build /app/dist ./dist']);
    expect(runtime).toMatch(/^ENTRYPOINT \["node", "dist\/scripts\/start-service\.js"\]$/m);
    expect(runtime).not.toMatch(/tsx/);
  });

  it('copies into dist/ what the compiled services read at run time (npm run build)', () => {
    const assets = readFileSync(new URL('../../scripts/start-build-assets.ts', import.meta.url), 'utf8');
    // Non-TypeScript files beside the code (seed CSVs, the municipality list), the supergraph, the web sources.
    for (const what of ["copyNonTypeScript('subgraphs')", "copyNonTypeScript('gateway')", "'schema'", "'web'"])
      expect(assets).toContain(what);
  });

  it('runs on production dependencies only: every package the services import is a dependency, not a devDependency', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    const root = new URL('../../', import.meta.url);
    const files = [
      ...['subgraphs', 'gateway'].flatMap((dir) =>
        (readdirSync(new URL(dir, root), { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).map((f) => `${dir}/${f}`),
      ),
      'scripts/start-service.ts',
    ];
    const imported = new Set<string>();
    for (const file of files) {
      const text = readFileSync(new URL(file, root), 'utf8');
      // Value imports only: `import type` is erased by tsc.
      for (const [, name] of text.matchAll(/^(?:import|export) (?!type\b)[^;]*? from '([^'.][^']*)'/gm)) {
        if (name.startsWith('node:')) continue;
        imported.add(name.startsWith('@') ? name.split('/').slice(0, 2).join('/') : name.split('/')[0]);
      }
    }
    expect(imported.size).toBeGreaterThan(10);
    const missing = [...imported].filter((name) => !pkg.dependencies[name]);
    expect(missing).toEqual([]);
  });
});
