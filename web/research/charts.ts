import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import type { Cell } from './jsonstat.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Legend, Tooltip);

/** What a held-back cell shows instead of a number: its SSB symbol and meaning. */
export function heldBack(cell: Cell, labels: Record<string, string>): string | null {
  if (cell.status === ':' || cell.status === '..') return `${cell.status} ${labels[cell.status] ?? ''}`.trim();
  return null;
}

/** Municipalities by value, highest first; suppressed and missing ones after them, without a bar, their symbol in the label. */
export function ranked(cells: Cell[]): Cell[] {
  const known = cells
    .filter((c) => c.value != null)
    .sort((a, b) => (b.value ?? 0) - (a.value ?? 0) || a.areaLabel.localeCompare(b.areaLabel));
  const held = cells.filter((c) => c.value == null).sort((a, b) => a.areaLabel.localeCompare(b.areaLabel));
  return [...known, ...held];
}

const COLOURS = ['#1f5fa8', '#c0392b', '#2e8b57', '#8e44ad', '#d35400'];

export function rankingChart(canvas: HTMLCanvasElement, cells: Cell[], unit: string): Chart<'bar'> {
  return new Chart(canvas, {
    type: 'bar',
    data: {
      labels: cells.map((c) => (c.value == null ? `${c.areaLabel} (${c.status ?? '..'})` : c.areaLabel)),
      datasets: [
        { label: unit, data: cells.map((c) => c.value), backgroundColor: cells.map((c) => (c.status === '*' ? '#7fa7d6' : COLOURS[0])) },
      ],
    },
    options: {
      indexAxis: 'y',
      animation: false,
      maintainAspectRatio: false,
      plugins: { legend: { display: false } },
      scales: { x: { beginAtZero: true, title: { display: true, text: unit } } },
    },
  });
}

/** One line per area over the periods; a held-back cell is a gap, not a zero. */
export function seriesChart(
  canvas: HTMLCanvasElement,
  periods: string[],
  areas: { label: string; cells: Cell[] }[],
  unit: string,
): Chart<'line'> {
  return new Chart(canvas, {
    type: 'line',
    data: {
      labels: periods,
      datasets: areas.map((area, i) => ({
        label: area.label,
        data: periods.map((p) => area.cells.find((c) => c.period === p)?.value ?? null),
        borderColor: COLOURS[i % COLOURS.length],
        backgroundColor: COLOURS[i % COLOURS.length],
        spanGaps: false,
      })),
    },
    options: { animation: false, maintainAspectRatio: false, scales: { y: { beginAtZero: true, title: { display: true, text: unit } } } },
  });
}
