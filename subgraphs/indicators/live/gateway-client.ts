/** The bit of `fetch` the snapshot job uses, so a test can hand in its own. */
export type Fetch = (url: string, init: { method: string; headers: Record<string, string>; body: string }) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;

export class SnapshotError extends Error {}

/** A GraphQL client for the gateway that fails on any error, so a partial read is never stored. */
export function gatewayClient(url: string, token: string, fetchImpl: Fetch = fetch as unknown as Fetch) {
  return async function request<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    let response;
    try {
      response = await fetchImpl(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
    } catch (error) {
      throw new SnapshotError(`cannot reach the gateway at ${url}: ${(error as Error).message}`);
    }
    const body = (await response.json().catch(() => ({}))) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
    if (body.errors?.length) {
      const shown = body.errors.slice(0, 3).map((e) => `${e.extensions?.code ?? 'ERROR'}: ${e.message}`);
      const more = body.errors.length > 3 ? ` (and ${body.errors.length - 3} more)` : '';
      throw new SnapshotError(`the gateway answered with errors: ${shown.join('; ')}${more}`);
    }
    if (!response.ok || !body.data) throw new SnapshotError(`the gateway answered HTTP ${response.status} without data`);
    return body.data;
  };
}

export type GatewayRequest = ReturnType<typeof gatewayClient>;
