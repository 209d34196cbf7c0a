import type { Answer } from './requests.js';

/** How long any answer may take, refusals and all. */
export const ANSWER_WITHIN_MS = 5000;

/** What no answer may hold: stack frames, file paths of the server, library names, SQL, driver errors. */
const LEAKS: [string, RegExp][] = [
  ['a stack frame', /\n\s+at |\bat [\w.<>]+ \(|\.[cm]?[jt]s:\d+:\d+/],
  ['a server path', new RegExp(`node_modules|${process.cwd().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}|/work/|/home/|/usr/(lib|local)/`)],
  ['SQL', /\b(select\s+[\w`"*., ]+\s+from|insert\s+into|delete\s+from|update\s+[\w`"]+\s+set)\b/i],
  [
    'a driver or library',
    /SqliteError|libsql|knex|MikroORM|DriverException|QueryFailedError|\bpg\b|node-postgres|body-parser|raw-body|express\/lib|finalhandler/i,
  ],
  ['an HTML page', /<!DOCTYPE|<html|<pre>/i],
];

/** Everything wrong with one answer, as short sentences (empty when it is fine). */
export function problemsOf(answer: Answer): string[] {
  const problems: string[] = [];
  if (answer.status === 0) problems.push(`no answer: ${answer.text.slice(0, 120)}`);
  if (answer.status >= 500) problems.push(`status ${answer.status}`);
  if (answer.ms > ANSWER_WITHIN_MS) problems.push(`took ${Math.round(answer.ms)} ms`);
  if (answer.text.includes('INTERNAL_SERVER_ERROR')) problems.push('INTERNAL_SERVER_ERROR');
  for (const [what, pattern] of LEAKS) {
    const match = pattern.exec(answer.text);
    if (match) problems.push(`${what}: …${answer.text.slice(Math.max(0, match.index - 40), match.index + 60)}…`);
  }
  if (answer.status > 0 && answer.status < 500 && answer.text !== '') {
    try {
      const body = JSON.parse(answer.text) as { data?: unknown; errors?: unknown[] };
      if (typeof body !== 'object' || body === null || !('data' in body || 'errors' in body || 'status' in body))
        problems.push('not a GraphQL answer');
    } catch {
      problems.push(`not JSON: ${answer.text.slice(0, 80)}`);
    }
  }
  return problems;
}

/** Runs `work` over `items`, `concurrency` at a time, in order of start. */
export async function inTurn<T>(items: T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) await work(items[next++]);
    }),
  );
}
