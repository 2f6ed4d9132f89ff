import { relative, join } from 'node:path';
import { build } from 'esbuild';

/**
 * `@stagekit/core` as built (dist), bundled for a bench page: the entry puts `names` on
 * `globalThis.__core`; lazy parts stay separate chunks, as in the CDN build (one file with every
 * lazy module inlined would run them in another order). Returns file name → text, to serve.
 */
export async function coreBundle(root: string, label: string, names: readonly string[]): Promise<Record<string, string>> {
  const outdir = join(root, `dist/bench/${label}`);
  const list = names.join(', ');
  const result = await build({
    stdin: { contents: `import { ${list} } from '@stagekit/core';\nglobalThis.__core = { ${list} };`, resolveDir: root, loader: 'js' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    outdir,
    entryNames: label,
    chunkNames: `${label}-[name]-[hash]`,
    write: false,
    logLevel: 'silent',
  });
  return Object.fromEntries(result.outputFiles.map((file) => [relative(outdir, file.path), file.text]));
}
