import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DEFAULT_PORTS, portVariable, SUBGRAPH_NAMES, urlVariable } from '../../subgraphs/common/config.js';

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
        expect(compose.services[caller].environment[urlVariable(name)], `${caller} -> ${name}`).toBe(`http://${name}:${DEFAULT_PORTS[name]}/graphql`);
      }
    }
  });

  it('gives every service the same JWT settings', () => {
    const jwt = (name: string) => ['JWT_SECRET', 'JWT_ISSUER', 'JWT_AUDIENCE'].map((key) => compose.services[name].environment[key]);
    for (const name of SUBGRAPH_NAMES) expect(jwt(name)).toEqual(jwt('gateway'));
  });

  it('builds one image whose entry runs a named service', () => {
    expect(dockerfile).toMatch(/ENTRYPOINT \["node", "--import", "tsx", "scripts\/start-service\.ts"\]/);
  });
});
