import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build, type BuildOptions } from 'esbuild';
import type express from 'express';
import type { Logger } from '../subgraphs/common/logger.js';

/** A page the gateway serves from its own origin: web/<name>/index.html, one script and one stylesheet. */
export interface WebPage {
  /** How the page is named in the log and in a 500 answer, e.g. "the explorer". */
  title: string;
  /** The folder with index.html and the entry point. */
  source: URL;
  /** The entry point in that folder, bundled with what it imports from node_modules. */
  entry: string;
  /** The page's Content-Security-Policy: everything from 'self', so nothing loads from another host. */
  csp: string;
  /** esbuild options of this page beyond the shared ones (JSX, loaders, defines). */
  build?: BuildOptions;
  /** A stylesheet in the folder, when the entry point does not import its CSS itself. */
  stylesheet?: string;
}

export interface PageAssets {
  html: string;
  js: string;
  css: string;
}

async function bundle(page: WebPage): Promise<PageAssets> {
  const result = await build({
    entryPoints: { app: fileURLToPath(new URL(page.entry, page.source)) },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    write: false,
    outdir: 'page',
    logLevel: 'silent',
    ...page.build,
  });
  const output = (extension: string) => (result.outputFiles ?? []).find((file) => file.path.endsWith(extension))?.text ?? '';
  const [html, stylesheet] = await Promise.all([
    readFile(new URL('index.html', page.source), 'utf8'),
    page.stylesheet ? readFile(new URL(page.stylesheet, page.source), 'utf8') : undefined,
  ]);
  return { html, js: output('.js'), css: stylesheet ?? output('.css') };
}

/** Sends one of a page's assets with the page's security headers. */
export type SendAsset = (res: express.Response, type: string, pick: (assets: PageAssets) => string) => Promise<void>;

/**
 * A page bundled in memory by esbuild on its first request (a second or two) and kept for the
 * life of the process, so `npm start` needs no build step and a gateway that never serves the
 * page never builds it. A failed bundle is logged, answered 500 and tried again next time.
 */
export function webPage(page: WebPage, logger: Logger): SendAsset {
  let bundled: Promise<PageAssets> | undefined;
  const assets = () =>
    (bundled ??= bundle(page).catch((error: unknown) => {
      logger.error({ err: error }, `${page.title} could not be bundled`);
      bundled = undefined;
      throw error;
    }));
  return async (res, type, pick) => {
    try {
      const body = pick(await assets());
      res
        .type(type)
        .set({ 'content-security-policy': page.csp, 'x-content-type-options': 'nosniff', 'cache-control': 'no-cache' })
        .send(body);
    } catch {
      res.status(500).type('text/plain').send(`${page.title} is not available`);
    }
  };
}
