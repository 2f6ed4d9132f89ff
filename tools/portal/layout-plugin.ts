import { cpSync, createReadStream, existsSync, statSync } from 'node:fs';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { PORTAL_PAGES, pageAt, type PortalLanguage, type PortalPage } from '../../portal/site/pages.ts';

/** A folder copied into the built site as it is (never bundled), and served by the dev server. */
export interface CopiedFolder {
  readonly from: string;
  /** Folder in the site, e.g. 'cdn'. */
  readonly to: string;
  /** A missing folder is an error unless it is optional (the Storybook build is optional in dev). */
  readonly optional?: boolean;
}

export interface PortalLayoutOptions {
  /** The portal's source folder (Vite's root). */
  readonly root: string;
  readonly copy: readonly CopiedFolder[];
  /** `<!-- stagekit:NAME -->` in a page is replaced by `fragments[NAME](lang)` (e.g. the sources list). */
  readonly fragments?: Readonly<Record<string, (lang: PortalLanguage) => string>>;
}

const TEXT = {
  nl: {
    skip: 'Naar de inhoud',
    menu: 'Menu',
    home: 'Stagekit, naar de startpagina',
    other: 'English',
    otherTitle: 'This page in English',
    more: 'Meer',
    footer: 'Stagekit bewaart niets op een server. Wat je invult, blijft in deze browser, tot je het zelf verstuurt.',
    storybook: 'Voor ontwikkelaars: alle onderdelen (Storybook)',
    noscript: 'Dit onderdeel werkt alleen met JavaScript. De uitleg op deze pagina kun je ook zonder lezen.',
  },
  en: {
    skip: 'Skip to content',
    menu: 'Menu',
    home: 'Stagekit, to the home page',
    other: 'Nederlands',
    otherTitle: 'Deze pagina in het Nederlands',
    more: 'More',
    footer: 'Stagekit keeps nothing on a server. What you fill in stays in this browser until you send it yourself.',
    storybook: 'For developers: every component (Storybook)',
    noscript: 'This tool needs JavaScript. You can read the explanations on this page without it.',
  },
} as const;

const MIME: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The portal's shared layout, so each page file holds only its own title, description and `<main>`:
 * head tags, skip link, menu (with `aria-current`), the language switch to the same page in the
 * other language (a plain link, so it works without JavaScript), the offline notice and the footer.
 * Widget pages get the CDN autoloader — added after Vite's HTML processing so it is never bundled:
 * the portal loads Stagekit exactly as an integrator's page does.
 */
export function portalLayout(options: PortalLayoutOptions): Plugin {
  let outDir = '';
  return {
    name: 'stagekit-portal-layout',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    configureServer(server) {
      for (const folder of options.copy) {
        server.middlewares.use(`/${folder.to}/`, (request, response, next) => {
          const file = resolve(folder.from, `.${decodeURIComponent((request.url ?? '/').split('?')[0]!)}`);
          if (!file.startsWith(resolve(folder.from) + sep) || !existsSync(file) || !statSync(file).isFile()) return next();
          response.setHeader('Content-Type', MIME[extname(file)] ?? 'application/octet-stream');
          createReadStream(file).pipe(response);
        });
      }
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html, context) {
        const { page, lang, prefix } = locate(options.root, context.filename);
        return wrap(html, page, lang, prefix, options.fragments ?? {});
      },
    },
    writeBundle() {
      for (const folder of options.copy) {
        if (!existsSync(folder.from)) {
          if (folder.optional) continue;
          throw new Error(`portal: ${folder.from} is missing; build it first (npm run build).`);
        }
        cpSync(folder.from, join(outDir, folder.to), { recursive: true });
      }
    },
  };
}

/** Same transform, after Vite's own processing: adds what must stay a plain, unbundled file. */
export function portalWidgetLoader(options: Pick<PortalLayoutOptions, 'root'>): Plugin {
  return {
    name: 'stagekit-portal-widget-loader',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const { page, prefix } = locate(options.root, context.filename);
        if (!page.widget && !page.autoloader) return [];
        return [{ tag: 'script', attrs: { type: 'module', src: `${prefix}cdn/autoloader.js` }, injectTo: 'head' }];
      },
    },
  };
}

function locate(root: string, filename: string) {
  const folder = relative(root, dirname(filename)).split(sep).filter(Boolean).join('/');
  const found = pageAt(folder ? `${folder}/` : '');
  if (!found) throw new Error(`portal: ${filename} is not in portal/site/pages.ts`);
  const depth = found.page.path[found.lang].split('/').filter(Boolean).length;
  return { ...found, prefix: '../'.repeat(depth) || './' };
}

function wrap(
  html: string,
  page: PortalPage,
  lang: PortalLanguage,
  prefix: string,
  fragments: Readonly<Record<string, (lang: PortalLanguage) => string>>,
): string {
  const declared = /<html[^>]*\blang="([^"]+)"/.exec(html)?.[1];
  if (declared !== lang) throw new Error(`portal: ${page.path[lang]}index.html must say <html lang="${lang}">`);
  const text = TEXT[lang];
  const other: PortalLanguage = lang === 'nl' ? 'en' : 'nl';
  const link = (target: PortalPage, language: PortalLanguage = lang) => `${prefix}${target.path[language]}`;
  const menuItem = (target: PortalPage) =>
    `<li><a href="${link(target)}"${target.id === page.id ? ' aria-current="page"' : ''}>${escapeHtml(target.label[lang])}</a></li>`;
  const main = PORTAL_PAGES.filter((target) => target.menu === 'main').map(menuItem).join('');
  const footer = PORTAL_PAGES.filter((target) => target.menu === 'footer').map(menuItem).join('');
  const home = PORTAL_PAGES.find((target) => target.id === 'home')!;

  const head = [
    '<meta charset="utf-8" />',
    '<meta name="viewport" content="width=device-width, initial-scale=1" />',
    '<meta name="theme-color" content="#154273" />',
    `<link rel="icon" href="${prefix}favicon.svg" type="image/svg+xml" />`,
    `<link rel="stylesheet" href="${prefix}styles.css" />`,
  ].join('\n    ');
  const header = `<a class="skip" href="#main">${text.skip}</a>
    <header class="site-header">
      <a class="brand" href="${link(home)}" aria-label="${escapeHtml(text.home)}">Stagekit</a>
      <nav aria-label="${text.menu}"><ul>${main}</ul></nav>
      <a class="language" href="${link(page, other)}" hreflang="${other}" lang="${other}" title="${escapeHtml(text.otherTitle)}" data-language-switch>${text.other}</a>
      <p class="offline-notice" data-offline-notice role="status"></p>
    </header>`;
  const footerHtml = `<footer class="site-footer">
      <nav aria-label="${text.more}"><ul>${footer}<li><a href="${prefix}storybook/">${escapeHtml(text.storybook)}</a></li></ul></nav>
      <p>${escapeHtml(text.footer)}</p>
    </footer>
    <script type="module" src="${prefix}scripts/site.ts"></script>`;

  let result = html
    .replace(/<head>/, `<head>\n    ${head}`)
    .replace(/<body([^>]*)>/, `<body$1>\n    ${header}`)
    .replace(/\s*<\/body>/, `\n    ${footerHtml}\n  </body>`)
    .replace(/<html([^>]*)>/, `<html$1 data-page="${page.id}">`);
  // Without JavaScript a widget stays empty: say so where it would be (the text around it still works).
  const noscript = `<noscript><p class="noscript">${escapeHtml(text.noscript)}</p></noscript>`;
  if (page.widget) result = result.replace(`</${page.widget}>`, `</${page.widget}>\n      ${noscript}`);
  else if (page.autoloader) result = result.replace('</h1>', `</h1>\n      ${noscript}`);
  result = result.replace(/<!--\s*stagekit:([a-z-]+)\s*-->/g, (_match, name: string) => {
    const fragment = fragments[name];
    if (!fragment) throw new Error(`portal: no fragment "${name}" for ${page.path[lang]}index.html`);
    return fragment(lang);
  });
  return result;
}
