/**
 * The Node.js flags the gateway process runs with, wherever it is started (`npm start`, the bench,
 * docker-compose.yml's NODE_OPTIONS; a test keeps them equal).
 *
 * `--max-old-space-size=256`: under load the gateway's live heap is about 60 MB (the response cache
 * at most 32 MiB of it), but V8 lets garbage pile up to the limit it grows towards, so RSS went from
 * 150 MB idle to 290–340 MB at 400–2,800 req/s. With the old space capped at 256 MB V8 collects
 * sooner: peak RSS 175 MB, for 5–10 % more gateway CPU per request (bench/runtime.ts, scenario a,
 * GATEWAY_CACHE=off, alternating rounds in one run). The cap leaves four times the live set.
 */
export const GATEWAY_NODE_FLAGS = ['--max-old-space-size=256'];
