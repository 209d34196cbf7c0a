import type { Dataset } from './jsonstat.js';
import type { Language } from './text.js';

/** One table of GET /export/tables, as far as the page reads it. */
export interface Table {
  id: string;
  label: string;
  unit: { label: string; decimals: number };
  method: string;
  source: { citation: string };
  periods: string[];
  areaLevels: string[];
}

export interface Catalogue {
  tables: Table[];
  statusCodes: { status: string; symbol: string | null; label: string }[];
  areaVintageNote: string;
}

/** Everything is asked of the page's own origin: the gateway passes the exports through. */
export function api(token: () => string) {
  const headers = (): Record<string, string> => (token() ? { authorization: `Bearer ${token()}` } : {});
  async function get<T>(path: string): Promise<T> {
    const response = await fetch(path, { headers: headers() });
    if (!response.ok) {
      const body: { errors?: { message: string }[] } = await response.json().catch(() => ({}));
      throw new Error(body.errors?.[0]?.message ?? `HTTP ${response.status}`);
    }
    return response.json();
  }
  return {
    catalogue: (lang: Language) => get<Catalogue>(`/export/tables?lang=${lang}`),
    dataset: (query: URLSearchParams) => get<Dataset>(`/export/observations.json-stat?${query}`),
    /** A download of the same selection; with a token it has to go through fetch, since a link cannot carry the header. */
    async download(path: string, filename: string) {
      const response = await fetch(path, { headers: headers() });
      const url = URL.createObjectURL(await response.blob());
      const link = Object.assign(document.createElement('a'), { href: url, download: filename });
      link.click();
      URL.revokeObjectURL(url);
    },
  };
}
