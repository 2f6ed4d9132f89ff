/**
 * Every page of the portal, in both languages. The layout plugin (tools/portal/layout-plugin.ts)
 * builds the menu, the language switch and the alternate links from this list, and vite.config.ts
 * builds one HTML entry per path. Pure data: read by Node at build time and by tests.
 */
export type PortalLanguage = 'nl' | 'en';

export interface PortalPage {
  /** Written on the page as `<html data-page="…">`. */
  readonly id: string;
  /** Folder of the page per language, relative to the site root ('' is the root). */
  readonly path: Readonly<Record<PortalLanguage, string>>;
  /** The words in the menu. */
  readonly label: Readonly<Record<PortalLanguage, string>>;
  /** Where the link to the page sits: the main menu, the footer, or neither (home). */
  readonly menu: 'main' | 'footer' | 'none';
  /** The Stagekit element the page shows, if any (the page then loads the CDN autoloader). */
  readonly widget?: string;
  /** Loads the CDN autoloader without showing one fixed widget (the embed page's live preview). */
  readonly autoloader?: boolean;
}

export const PORTAL_PAGES: readonly PortalPage[] = [
  { id: 'home', path: { nl: '', en: 'en/' }, label: { nl: 'Home', en: 'Home' }, menu: 'none' },
  {
    id: 'lookup',
    path: { nl: 'cao/', en: 'en/cao/' },
    label: { nl: 'Cao opzoeken', en: 'Find a CAO' },
    menu: 'main',
    widget: 'stagekit-cao-lookup',
  },
  {
    id: 'compensation',
    path: { nl: 'vergoeding/', en: 'en/compensation/' },
    label: { nl: 'Vergoeding checken', en: 'Check compensation' },
    menu: 'main',
    widget: 'stagekit-compensation-checker',
  },
  {
    id: 'schedule',
    path: { nl: 'planning/', en: 'en/schedule/' },
    label: { nl: 'Stage plannen', en: 'Plan an internship' },
    menu: 'main',
    widget: 'stagekit-schedule-planner',
  },
  {
    id: 'agreement',
    path: { nl: 'overeenkomst/', en: 'en/agreement/' },
    label: { nl: 'Overeenkomst maken', en: 'Make the agreement' },
    menu: 'main',
    widget: 'stagekit-agreement-builder',
  },
  {
    id: 'report',
    path: { nl: 'melden/', en: 'en/report/' },
    label: { nl: 'Melden', en: 'Report' },
    menu: 'main',
    widget: 'stagekit-report-form',
  },
  { id: 'embed', path: { nl: 'insluiten/', en: 'en/embed/' }, label: { nl: 'Insluiten', en: 'Embed' }, menu: 'main', autoloader: true },
  { id: 'sources', path: { nl: 'bronnen/', en: 'en/sources/' }, label: { nl: 'Bronnen', en: 'Sources' }, menu: 'footer' },
  { id: 'glossary', path: { nl: 'begrippen/', en: 'en/glossary/' }, label: { nl: 'Begrippen', en: 'Glossary' }, menu: 'footer' },
  { id: 'privacy', path: { nl: 'privacy/', en: 'en/privacy/' }, label: { nl: 'Privacy', en: 'Privacy' }, menu: 'footer' },
];

/** The page whose folder is `path` (e.g. 'en/compensation/'), with its language. */
export function pageAt(path: string): { page: PortalPage; lang: PortalLanguage } | undefined {
  for (const page of PORTAL_PAGES) {
    for (const lang of ['nl', 'en'] as const) if (page.path[lang] === path) return { page, lang };
  }
  return undefined;
}
