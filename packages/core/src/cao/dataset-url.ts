/**
 * Where the bundled dataset lives. It is fetched when needed rather than inlined into the
 * JavaScript, so pages that never show a lookup do not pay for it. The path is the same from
 * `src/cao/` and from `dist/cao/`; the CDN build replaces this module (see vite.cdn.config.ts).
 */
export function bundledCaoDatasetUrl(): string {
  return (url ??= new URL('../../data/cao-dataset.json', import.meta.url).href);
}

let url: string | undefined;
