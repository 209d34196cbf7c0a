import type { Chart } from 'chart.js';
import { api, type Catalogue, type Table } from './api.js';
import { heldBack, ranked, rankingChart, seriesChart } from './charts.js';
import { cellsOf, type Cell } from './jsonstat.js';
import { TEXT, type Language } from './text.js';

/*
 * The researcher page: choose an indicator, a county and a period; see the county's
 * municipalities ranked (per 1,000 inhabitants by default) and a time series, with
 * suppressed and missing cells shown as such; download the same selection.
 * Everything comes from the gateway's own origin.
 */
/** One of the page's own elements, of the kind expected. */
function element<T extends HTMLElement>(id: string, kind: new () => T): T {
  const found = document.getElementById(id);
  if (!(found instanceof kind)) throw new Error(`#${id} is missing from the page`);
  return found;
}
const $ = (id: string) => element(id, HTMLElement);
const select = (id: string) => element(id, HTMLSelectElement);
const input = (id: string) => element(id, HTMLInputElement);
const params = new URLSearchParams(location.search);
const client = api(() => input('token').value.trim());
const charts: { ranking?: Chart<'bar'>; series?: Chart<'line'> } = {};
/** What the page drew last, for a reader of the page (and its browser test). */
const rendered: { ranking: Cell[]; series: Cell[]; selection: string } = { ranking: [], series: [], selection: '' };
Object.assign(window, { researchPage: rendered });

let catalogue: Catalogue | null = null;
const lang = (): Language => (select('lang').value === 'en' ? 'en' : 'nb');
const t = () => TEXT[lang()];
const table = (): Table | undefined => catalogue?.tables.find((x) => x.id === select('indicator').value);

function options(id: string, items: [value: string, label: string][], wanted: string | null) {
  const list = select(id);
  const keep = wanted ?? list.value;
  list.replaceChildren(...items.map(([value, label]) => Object.assign(document.createElement('option'), { value, textContent: label })));
  if (items.some(([value]) => value === keep)) list.value = keep;
}

function message(text: string, error = false) {
  const node = $('message');
  node.textContent = text;
  node.className = error ? 'error' : '';
}

/** The default: volunteer hours per 1,000 inhabitants, else another per-1,000 indicator with data, else the population. */
function defaultIndicator(tables: Table[]): string {
  const perThousand = tables
    .filter((x) => x.id.endsWith('_per_1000'))
    .sort((a, b) => Number(b.id === 'volunteer_hours_per_1000') - Number(a.id === 'volunteer_hours_per_1000'));
  return (perThousand.find((x) => x.periods.length) ?? tables.find((x) => x.id === 'population') ?? tables[0])?.id ?? '';
}

async function loadCatalogue() {
  const words = new Map(Object.entries(t()));
  for (const node of document.querySelectorAll<HTMLElement>('[data-text]')) {
    const value = words.get(node.dataset.text ?? '');
    if (typeof value === 'string') node.textContent = value;
  }
  document.documentElement.lang = lang();
  catalogue = await client.catalogue(lang());
  const tables = catalogue.tables.filter((x) => x.areaLevels.includes('municipality'));
  options(
    'indicator',
    tables.map((x) => [x.id, x.label]),
    params.get('indicator') ?? (select('indicator').value || defaultIndicator(tables)),
  );
  params.delete('indicator');
  const counties = cellsOf(
    await client.dataset(new URLSearchParams({ indicators: 'population', areaLevel: 'county', latest: '1', lang: lang() })),
  );
  options(
    'county',
    counties.map((c) => [c.area, c.areaLabel]),
    params.get('county') ?? '56',
  );
  params.delete('county');
}

function describe(x: Table) {
  $('unit').textContent = `${t().unit}: ${x.unit.label}`;
  $('method').textContent = `${t().method}: ${x.method}`;
  $('source').textContent = `${t().source}: ${x.source.citation}`;
  $('status-codes').replaceChildren(
    ...(catalogue?.statusCodes ?? []).map((c) =>
      Object.assign(document.createElement('li'), { textContent: `${c.symbol ?? '–'} ${c.label}` }),
    ),
  );
}

function downloads(query: URLSearchParams) {
  for (const format of ['csv', 'json-stat']) {
    const link = element(`download-${format}`, HTMLAnchorElement);
    link.href = `/export/observations.${format}?${query}`;
    link.onclick = (event) => {
      if (!input('token').value.trim()) return;
      event.preventDefault();
      void client.download(link.href, `observations.${format}`);
    };
  }
}

function rankingTable(cells: Cell[], labels: Record<string, string>) {
  const head = document.createElement('tr');
  head.replaceChildren(
    ...[t().area, t().value, t().status].map((text) => Object.assign(document.createElement('th'), { textContent: text })),
  );
  $('ranking-table').querySelector('thead')?.replaceChildren(head);
  $('ranking-table')
    .querySelector('tbody')
    ?.replaceChildren(
      ...cells.map((c) => {
        const row = document.createElement('tr');
        row.dataset.area = c.area;
        const held = heldBack(c, labels);
        row.replaceChildren(
          Object.assign(document.createElement('td'), { textContent: c.areaLabel }),
          Object.assign(document.createElement('td'), {
            className: `number${held ? ' held' : ''}`,
            textContent: held ? (c.status ?? '') : String(c.value),
          }),
          Object.assign(document.createElement('td'), { textContent: held ?? (c.status ? `${c.status} ${labels[c.status] ?? ''}` : '') }),
        );
        return row;
      }),
    );
}

async function draw() {
  const x = table();
  if (!x) return message(t().noData);
  describe(x);
  options(
    'period',
    [...x.periods].reverse().map((p) => [p, p]),
    params.get('period'),
  );
  params.delete('period');
  const period = select('period').value;
  const county = select('county').value;
  const countyLabel = select('county').selectedOptions[0]?.textContent ?? county;
  const query = new URLSearchParams({ indicators: x.id, within: county, lang: lang(), ...(period ? { periods: period } : {}) });
  rendered.selection = query.toString();
  downloads(query);
  $('ranking-title').textContent = t().ranking(x.label, countyLabel, period || '–');
  $('series-title').textContent = t().series(x.label);
  if (!period) {
    charts.ranking?.destroy();
    charts.series?.destroy();
    return message(t().noData);
  }
  message(t().loading);
  const ds = await client.dataset(query);
  const labels = ds.extension?.status ?? {};
  const municipalities = ranked(cellsOf(ds).filter((c) => c.area.length === 4));
  options(
    'municipality',
    [...municipalities].sort((a, b) => a.areaLabel.localeCompare(b.areaLabel)).map((c) => [c.area, c.areaLabel]),
    params.get('municipality'),
  );
  params.delete('municipality');
  charts.ranking?.destroy();
  charts.ranking = rankingChart(element('ranking', HTMLCanvasElement), municipalities, x.unit.label);
  rankingTable(municipalities, labels);
  rendered.ranking = municipalities;

  const areas = ['NO', county, select('municipality').value].filter(Boolean);
  const series = cellsOf(await client.dataset(new URLSearchParams({ indicators: x.id, areas: areas.join(','), lang: lang() })));
  const periods = [...new Set(series.map((c) => c.period))];
  charts.series?.destroy();
  charts.series = seriesChart(
    element('series', HTMLCanvasElement),
    periods,
    areas.map((area) => ({ label: series.find((c) => c.area === area)?.areaLabel ?? area, cells: series.filter((c) => c.area === area) })),
    x.unit.label,
  );
  rendered.series = series;
  message('');
  document.body.dataset.ready = 'true';
}

async function run(reload: boolean) {
  document.body.dataset.ready = 'false';
  try {
    if (reload || !catalogue) await loadCatalogue();
    await draw();
  } catch (error) {
    message(`${t().failed}: ${error instanceof Error ? error.message : String(error)}`, true);
  }
}

if (params.get('lang') === 'en') select('lang').value = 'en';
for (const id of ['indicator', 'county', 'period', 'municipality']) select(id).addEventListener('change', () => void run(false));
select('lang').addEventListener('change', () => void run(true));
$('token').addEventListener('change', () => void run(true));
void run(true);
