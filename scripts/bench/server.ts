/**
 * A tiny static server for the CDN folder (plus generated pages), and the headless Chromium the
 * browser benchmarks share.
 */
import { createServer, type Server } from 'node:http';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

export interface StaticSite {
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves `pages` (file name → HTML, written to a temporary folder) and everything under `root`, on
 * 127.0.0.1 at a free port. Nothing is cached, so each browser context downloads what it uses.
 */
export async function serveStatic(root: string, pages: Record<string, string>): Promise<StaticSite> {
  const pageDir = await mkdtemp(join(tmpdir(), 'stagekit-bench-'));
  for (const [name, html] of Object.entries(pages)) await writeFile(join(pageDir, name), html);
  const roots = [pageDir, resolve(root)];
  const server: Server = createServer((request, response) => {
    void (async () => {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
      for (const base of roots) {
        const file = resolve(base, `.${path}`);
        if (!file.startsWith(base + sep)) continue;
        try {
          const body = await readFile(file);
          response.writeHead(200, {
            'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
            'content-length': body.length,
            'cache-control': 'no-store',
          });
          response.end(body);
          return;
        } catch {
          // try the next root
        }
      }
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
    })();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      await rm(pageDir, { recursive: true, force: true });
    },
  };
}

export const CHROMIUM_PATH = process.env.STAGEKIT_BENCH_CHROMIUM ?? '/usr/bin/chromium';

/**
 * tsx compiles this script with esbuild's keepNames, which wraps named functions in `__name(…)`;
 * functions sent to `page.evaluate` then need that helper in the page too.
 */
export async function newBenchContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext();
  await context.addInitScript({ content: 'globalThis.__name ??= (target) => target;' });
  return context;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

/** A page that loads the lookup's CDN entry (or the autoloader) and shows one lookup in `lang`. */
export function lookupPage(lang: 'nl' | 'en', script = 'cao-lookup.js', withElement = true, src?: string): string {
  const source = src ? ` src="${src}"` : '';
  return `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><title>Stagekit bench</title><script type="module" src="${script}"></script></head>
<body>${withElement ? `<stagekit-cao-lookup lang="${lang}"${source}></stagekit-cao-lookup>` : ''}</body>
</html>
`;
}
