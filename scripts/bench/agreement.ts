/**
 * The agreement builder (`<stagekit-agreement-builder>`): its budgets, for a full mbo agreement
 * (praktijkovereenkomst) with every field of the regime filled with a realistic value.
 *
 * Size: a fresh context (empty cache) opens a page with the CDN entry (or the autoloader) and one
 * builder in Dutch, waits until it shows the first step with its Dutch texts, then until the network
 * is quiet; every JavaScript file it fetched counts, brotli-compressed (quality 11, as in size.ts).
 * The same page then goes on as a user would, and the lazy chunks each step adds are reported (not
 * budgets): "next" on the empty first step (the error summary), a valid edit (the draft is saved and
 * listed), the last step (document preview), and the PDF. jsPDF must not load before that last click:
 * a file with jsPDF code (by source map) fetched earlier fails that row.
 *
 * PDF: what a user waits for. A page with the CDN entry and a builder (`storage="memory"`) gets the
 * full agreement as its `agreement` property and goes to the last step; then the PDF button is
 * clicked and the time runs until the element fires `stagekit-agreement-export` (`format: "pdf"`),
 * which it does right after handing the file to the browser as a download. The budget is the first
 * click in a fresh page, so it includes fetching and compiling the lazy jsPDF chunk (from this
 * local server: no network time), median over several pages. Later clicks in the same page (jsPDF
 * loaded) and `buildDocument` + `agreementPdf` alone are info rows.
 *
 * Autosave: `openDrafts('agreement', 'local').store.save(…)` of the full agreement in Chromium's
 * IndexedDB, one awaited write at a time, each a slightly changed agreement (as one edit makes),
 * median after a warm-up. The CDN file does not export core functions, so this row and the "PDF
 * alone" info row use `@stagekit/core` as built by `npm run build` (packages/core/dist), bundled for
 * the page by esbuild; the PDF budget itself uses the CDN file.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import {
  AGREEMENT_STEPS,
  agreementCatalog,
  completeness,
  createAgreement,
  loadAgreementTools,
  loadMessages,
  stepFields,
  translator,
  type Agreement,
  type AgreementFields,
} from '@stagekit/core';
import { coreBundle } from './core-bundle.ts';
import { originsOf } from './origins.ts';
import { median, ms, percentile, sortedCopy, type Row } from './report.ts';
import { newBenchContext, serveStatic } from './server.ts';
import { followSession, shownSizeRow, stepFiles, type Step } from './session.ts';
import { brotliSize, kB } from './size.ts';

/** "≤ 45 KB brotli", read strictly as 45,000 bytes (like the lookup's 25 KB and the planner's 30 KB). */
export const AGREEMENT_LIMIT_BYTES = 45_000;
export const LIMITS = { pdfMs: 400, saveMs: 10 };

const ENTRY = 'agreement-builder.js';
const AUTOLOADER = 'autoloader.js';
const TAG = 'stagekit-agreement-builder';
/** Fresh pages for the PDF budget (each loads everything again: the server sends no-store). */
const PDF_PAGES = 7;
/** Clicks after the first, in each of those pages. */
const PDF_WARM_CLICKS = 3;
const PDF_ALONE_RUNS = 15;
const SAVE_WARMUP = 10;
const SAVE_RUNS = 50;
const VIEWPORT = { width: 1280, height: 1000 };
/** Source-map origins of the PDF writer and what it brings (see origins.ts): none may load before the PDF click. */
const PDF_ORIGINS = new Set(['jspdf', 'pako', 'fflate', 'fast-png', 'iobuffer', 'html2canvas', 'dompurify', 'canvg']);
const ROOT = resolve(import.meta.dirname, '../..');

/**
 * A praktijkovereenkomst as a school would write it: a 17-year-old mbo student in a care home, so the
 * guardian signs too. Every field of the mbo regime has a value; the long texts are a few sentences.
 * Only Windows-1252 letters (the PDF's built-in fonts show them as typed).
 */
export const FULL_MBO_FIELDS: AgreementFields = {
  'student.name': 'Noor van den Berg',
  'student.birthDate': '2009-03-12',
  'student.number': '2087431',
  'student.email': 'noor.vandenberg@student.rocmidden.example.nl',
  'student.phone': '06 23456789',
  'student.address': 'Vinkenstraat 14\n3514 KL Utrecht',
  'guardian.name': 'Marieke van den Berg',
  'guardian.email': 'marieke.vandenberg@example.nl',
  'guardian.phone': '06 34567890',
  'school.name': 'ROC Midden Nederland, College Zorg & Welzijn',
  'school.representative': 'Hanneke Smits, teamleider Zorg',
  'school.supervisorName': 'Jeroen de Groot',
  'school.supervisorEmail': 'j.degroot@rocmidden.example.nl',
  'school.supervisorPhone': '030 7654321',
  'company.name': 'Zorggroep De Linde B.V.',
  'company.kvk': '30123456',
  'company.address': 'Lindelaan 2\n3541 AB Utrecht',
  'company.representative': 'Karin Bos, manager opleidingen',
  'company.sbbNumber': '100123456',
  'trainer.name': 'Fatma Yilmaz',
  'trainer.email': 'f.yilmaz@delinde.example.nl',
  'trainer.phone': '06 45678901',
  'programme.name': 'Verzorgende-IG',
  'programme.level': '3',
  'programme.code': '25491',
  'programme.studyYear': '2',
  'programme.pathway': 'bol',
  'placement.kind': 'stage',
  'goals.qualification':
    'Kerntaak B1-K1: bieden van zorg en ondersteuning (werkprocessen 1 tot en met 5) en B1-K2: werken aan de eigen deskundigheid. De student werkt aan de onderdelen die in het leerplan voor leerjaar 2 staan en sluit de BPV af met een beoordeling van deze werkprocessen.',
  'goals.learning':
    'Zelfstandig de ochtendzorg verlenen aan vier bewoners, onder toezicht medicatie aanreiken en aftekenen, rapporteren in het elektronisch cliëntdossier en een zorgplan bijstellen na een evaluatiegesprek met de bewoner en de familie.',
  'goals.plan': 'Leerplan BPV leerjaar 2, versie september 2026',
  'period.start': '2026-09-01',
  'period.end': '2027-01-29',
  'period.totalHours': '640',
  'period.hoursPerYear': 'Leerjaar 2: 640 uur BPV (deze overeenkomst). Leerjaar 3: 800 uur, in een nieuwe overeenkomst.',
  'period.hoursPerWeek': '32',
  'period.daysPerWeek': '4',
  'period.workingTimes': 'Vroege dienst 7.30–15.30 uur; geen avond- of nachtdiensten',
  'period.officeDays': 'mon,tue,thu',
  'period.remoteDays': 'fri',
  'period.schoolDays': 'wed',
  'place.address': 'Woonzorgcentrum De Linde, afdeling Berkenhof\nLindelaan 2, 3541 AB Utrecht',
  'place.remoteRules':
    'Op vrijdag werkt de student thuis aan de BPV-opdrachten en het reflectieverslag. Zij is dan tussen 9.00 en 15.00 uur bereikbaar voor de praktijkopleider; zorg aan bewoners wordt nooit op afstand gegeven.',
  'period.daysOff':
    'De student volgt de schoolvakanties van ROC Midden Nederland (herfst-, kerst- en voorjaarsvakantie) en is vrij op de officiële feestdagen. Extra vrije dagen gaan in overleg met de praktijkopleider en worden ingehaald.',
  'supervision.company':
    'Fatma Yilmaz begeleidt de student op de afdeling. Zij werkt de eerste vier weken in dezelfde diensten en heeft elke dinsdag een half uur een begeleidingsgesprek met de student.',
  'supervision.school':
    'Jeroen de Groot is de BPV-docent. Hij bezoekt de student drie keer op de werkplek en houdt maandelijks een terugkomdag op school met de studenten van deze groep.',
  'supervision.contactStart': '2026-09-08',
  'supervision.contactMiddle': '2026-11-10',
  'supervision.contactEnd': '2027-01-26',
  'supervision.reachSchool':
    'De student mailt of belt Jeroen de Groot (030 7654321, op werkdagen 8.30–16.30 uur). Bij een dringend probleem belt zij de BPV-coördinator van het college via de receptie van school.',
  'onboarding.firstWeek':
    'De eerste week loopt de student mee met de praktijkopleider, krijgt zij een rondleiding, een eigen inlog voor het cliëntdossier en de instructies voor tillen, hygiëne en brandveiligheid. Zij werkt die week nog niet zelfstandig.',
  'expectations.stuck':
    'Bij twijfel vraagt de student het eerst aan de praktijkopleider of de dienstdoende verzorgende. Lukt het samen niet, dan neemt de praktijkopleider of de student contact op met de BPV-docent.',
  'expectations.done':
    'Een taak is klaar als de zorg volgens het zorgplan is gegeven, in het dossier is gerapporteerd en de praktijkopleider of de dienstdoende verzorgende het heeft gezien.',
  'expectations.feedback':
    'Elke week in het begeleidingsgesprek, en kort na elke dienst bij bijzonderheden. De student houdt de feedback bij in haar BPV-logboek.',
  'assessment.method':
    'Een praktijkbeoordeling van de werkprocessen van B1-K1 en B1-K2 met het beoordelingsformulier van school, en een criteriumgericht interview op school over het reflectieverslag.',
  'assessment.assessor': 'Jeroen de Groot (BPV-docent), met advies van Fatma Yilmaz',
  'assessment.moments': 'Tussenbeoordeling in week 10 (10 november 2026) en eindbeoordeling in de laatste week (26 januari 2027).',
  'assessment.companyRole':
    'De praktijkopleider vult het beoordelingsformulier in en geeft een advies. De school stelt het oordeel vast; de student kan het formulier vooraf inzien en erop reageren.',
  'compensation.amount': '350',
  'compensation.hoursBasis': '32',
  'compensation.cao': 'Cao VVT 2025–2027',
  'compensation.caoClause':
    'De stagevergoeding volgt de bepaling over stagiairs in de Cao VVT: een vaste vergoeding per maand bij een stage van 32 uur per week, naar rato bij minder uren.',
  'compensation.expenses':
    'Werkkleding wordt verstrekt en gewassen door De Linde. Verplichte scholing en de kosten van de VOG worden door De Linde betaald.',
  'compensation.travel': 'Reiskosten met het openbaar vervoer worden niet vergoed: de student heeft een studentenreisproduct. Parkeren bij de locatie is gratis.',
  'legal.notEmployment': 'yes',
  'legal.supernumerary': 'yes',
  'confidentiality.terms':
    'De student houdt geheim wat zij over bewoners en hun familie hoort en ziet, ook na de stage. In verslagen voor school gebruikt zij geen namen of herleidbare gegevens.',
  'insurance.terms':
    'ROC Midden Nederland heeft een aansprakelijkheids- en ongevallenverzekering voor studenten in de BPV. De Linde heeft een bedrijfsaansprakelijkheidsverzekering die ook voor de student geldt.',
  'liability.terms':
    'De Linde is aansprakelijk voor schade die de student bij haar werkzaamheden aan anderen toebrengt, en voor schade die de student zelf bij het werk lijdt, zoals een werkgever dat is.',
  'absence.reporting':
    'Bij ziekte belt de student (of een ouder) voor 7.00 uur de afdeling Berkenhof en meldt zij zich dezelfde dag ook af bij school via de app. Herstel meldt zij op dezelfde manier.',
  'absence.makeUp': 'Gemiste uren boven de 16 uur worden in overleg met de BPV-docent ingehaald, bij voorkeur in de kerstvakantie.',
  'termination.terms':
    'De overeenkomst eindigt op de einddatum, of eerder als de student de opleiding verlaat of als één van de partijen na overleg met de anderen besluit te stoppen. Bij een conflict zoekt de school eerst een oplossing; lukt dat niet, dan helpt de school de student aan een andere leerbedrijf.',
  'complaints.meldpunt':
    'Klachten over de stage meldt de student bij de BPV-docent of de klachtencommissie van ROC Midden Nederland. Bij ongewenst gedrag kan zij ook terecht bij het Meldpunt Stagediscriminatie.',
  'complaints.confidant': 'Mevrouw A. Haddou, vertrouwenspersoon ROC Midden Nederland',
  'signing.place': 'Utrecht',
  'signing.date': '2026-08-24',
};

/** Every field the mbo regime uses, in form order. */
const mboFieldIds = () => AGREEMENT_STEPS.flatMap((step) => stepFields(step, 'mbo'));

/** The full agreement; throws when a field of the regime is empty, one is unknown, or a value is not valid. */
export async function fullAgreement(): Promise<Agreement> {
  const ids = mboFieldIds();
  const empty = ids.filter((id) => !FULL_MBO_FIELDS[id]?.trim());
  const extra = Object.keys(FULL_MBO_FIELDS).filter((id) => !ids.includes(id));
  if (empty.length || extra.length) throw new Error(`full agreement: empty ${empty.join(', ') || '—'}; not mbo fields ${extra.join(', ') || '—'}`);
  const { validateAgreement, parseAgreement } = await loadAgreementTools();
  const issues = validateAgreement('mbo', FULL_MBO_FIELDS).flatMap((entry) => entry.issues.map((issue) => `${issue.field}: ${issue.key}`));
  if (issues.length) throw new Error(`full agreement is not valid: ${issues.join('; ')}`);
  const state = completeness('mbo', FULL_MBO_FIELDS);
  if (!state.lawComplete || state.proposal.missing.length || state.recommended.missing.length) throw new Error('full agreement is not complete');
  const agreement = createAgreement({ regime: 'mbo', id: 'bench-full-mbo', documentLanguage: 'nl', fields: FULL_MBO_FIELDS });
  if (!parseAgreement(agreement).ok) throw new Error('full agreement is refused by parseAgreement');
  return agreement;
}

/** A page with the builder's CDN entry (or the autoloader) and, unless `element` is empty, one builder. */
function builderPage(script: string, element: string): string {
  return `<!doctype html>
<html lang="nl">
<head><meta charset="utf-8"><title>Stagekit bench: agreement builder</title>
<script>
globalThis.__errors = []; globalThis.__exports = [];
document.addEventListener('stagekit-error', (event) => globalThis.__errors.push(event.detail));
document.addEventListener('stagekit-agreement-export', (event) => globalThis.__exports.push({ format: event.detail.format, bytes: event.detail.file ? event.detail.file.size : 0 }));
</script>
<script type="module" src="${script}"></script></head>
<body>${element}</body>
</html>
`;
}

// ---------------------------------------------------------------------------------------------
// Size

interface BuilderLoad {
  /** Until the first step shows with its Dutch texts: the budget. */
  shown: Step;
  /** Then, one after the other, as a user goes on; the last is the PDF. */
  later: Step[];
  stagekitErrors: { code: string; message: string }[];
  exports: { format: string; bytes: number }[];
}

type Exported = { __errors: { code: string; message: string }[]; __exports: { format: string; bytes: number }[] };

async function measureBuilderPage(browser: Browser, origin: string, cdnDir: string, pageName: string, title: string, session: boolean): Promise<BuilderLoad> {
  const context = await newBenchContext(browser);
  try {
    const page = await context.newPage();
    await page.setViewportSize(VIEWPORT);
    const follow = followSession(page, origin, cdnDir);
    await page.goto(`${origin}/${pageName}`);
    await page.waitForFunction(
      ({ tag, title }) => {
        const root = document.querySelector(tag)?.shadowRoot;
        return root?.querySelector('h2')?.textContent?.trim() === title && root.querySelector('#step-title') !== null;
      },
      { tag: TAG, title },
      { timeout: 15_000, polling: 50 },
    );
    const shown = await follow.step('first step shown');
    const later: Step[] = [];

    if (session) {
      const builder = page.locator(TAG);
      // "Next" on the empty first step: what the law requires is missing (validation, issue texts).
      await builder.locator('form.step-form button[type="submit"]').click();
      await builder.locator('.error-summary').waitFor({ timeout: 10_000 });
      follow.touch();
      later.push(await follow.step('"next" on the empty first step (error summary)'));

      // A valid edit: saved as a draft after a short pause, and listed.
      await builder.locator('#f-student-name').fill('Noor van den Berg');
      await page.waitForFunction((tag) => /\(1\)/.test(document.querySelector(tag)?.shadowRoot?.querySelector('details.saved summary')?.textContent ?? ''), TAG, {
        timeout: 10_000,
        polling: 50,
      });
      follow.touch();
      later.push(await follow.step('a valid edit (draft saved and listed)'));

      // The last step: completeness, document preview, print and PDF.
      await builder.locator('nav.stepper li:last-child button').click();
      await builder.locator('article.document').waitFor({ timeout: 10_000 });
      follow.touch();
      later.push(await follow.step('the last step (document preview)'));

      // The PDF.
      const download = page.waitForEvent('download', { timeout: 20_000 });
      await builder.locator('section.output .actions button.secondary').click();
      await page.waitForFunction(() => (globalThis as unknown as Exported).__exports.some((entry) => entry.format === 'pdf'), undefined, { timeout: 20_000, polling: 50 });
      await download;
      follow.touch();
      later.push(await follow.step('the PDF button (download)'));
    }

    const { stagekitErrors, exports } = await page.evaluate(() => {
      const state = globalThis as unknown as Exported;
      return { stagekitErrors: state.__errors, exports: state.__exports };
    });
    if (follow.pageErrors.length) throw new Error(`page errors in ${pageName}: ${follow.pageErrors.join('; ')}`);
    return { shown, later, stagekitErrors, exports };
  } finally {
    await context.close();
  }
}

/** The origins (npm packages) in `files`, by source map. */
async function originNames(cdnDir: string, files: readonly string[]): Promise<string[]> {
  return files.length ? (await originsOf(cdnDir, files)).map((origin) => origin.origin) : [];
}

export async function agreementSizeBench(browser: Browser, cdnDir: string): Promise<{ rows: Row[]; details: unknown; notes: string[] }> {
  const title = translator(await loadMessages(agreementCatalog, 'nl'), 'nl')('title');
  const element = `<${TAG} lang="nl"></${TAG}>`;
  const site = await serveStatic(cdnDir, {
    'agreement-nl.html': builderPage(ENTRY, element),
    'agreement-autoloader-nl.html': builderPage(AUTOLOADER, element),
  });
  try {
    const direct = await measureBuilderPage(browser, site.origin, cdnDir, 'agreement-nl.html', title, true);
    const autoloader = await measureBuilderPage(browser, site.origin, cdnDir, 'agreement-autoloader-nl.html', title, false);
    const unexpected = direct.stagekitErrors.concat(autoloader.stagekitErrors);
    if (unexpected.length) throw new Error(`stagekit-error: ${unexpected.map((error) => `${error.code} ${error.message}`).join('; ')}`);
    const pdfStep = direct.later[direct.later.length - 1]!;
    const pdfExport = direct.exports.find((entry) => entry.format === 'pdf');
    if (!pdfExport) throw new Error('the PDF button fired no stagekit-agreement-export with format "pdf"');

    // jsPDF (and what it brings) only after the PDF click.
    const before = [direct.shown, ...direct.later.slice(0, -1)].flatMap((step) => step.js.map((file) => file.file));
    const pdfOriginsBefore = (await originNames(cdnDir, before)).filter((origin) => PDF_ORIGINS.has(origin));
    const autoloaderPdfOrigins = (await originNames(cdnDir, autoloader.shown.js.map((file) => file.file))).filter((origin) => PDF_ORIGINS.has(origin));
    const pdfStepOrigins = await originsOf(cdnDir, pdfStep.js.map((file) => file.file));
    const pdfStepHasJsPdf = pdfStepOrigins.some((origin) => origin.origin === 'jspdf');
    const lazyPdf = pdfOriginsBefore.length === 0 && autoloaderPdfOrigins.length === 0 && pdfStepHasJsPdf;

    const builderFiles = (await readdir(cdnDir)).filter((file) => file.startsWith('agreement-builder') && file.endsWith('.js'));
    const allBuilder = await Promise.all(builderFiles.map(async (file) => ({ file, brotli: brotliSize(await readFile(join(cdnDir, file))) })));
    const allBuilderBrotli = allBuilder.reduce((sum, file) => sum + file.brotli, 0);
    const rawTotal = direct.shown.js.reduce((sum, file) => sum + file.raw, 0);
    const origins = await originsOf(cdnDir, direct.shown.js.map((file) => file.file));
    const sessionTotal = direct.shown.brotli + direct.later.reduce((sum, step) => sum + step.brotli, 0);
    const pdfRawTotal = pdfStep.js.reduce((sum, file) => sum + file.raw, 0);

    const budgetRow = (how: string, load: BuilderLoad): Row => shownSizeRow(`Agreement builder page in nl${how}: JS downloaded (brotli), until step 1 shows with its Dutch texts`, load.shown, AGREEMENT_LIMIT_BYTES);
    const rows: Row[] = [
      budgetRow('', direct),
      budgetRow(' via autoloader.js', autoloader),
      {
        section: 'size',
        name: 'Agreement builder page: JS files (brotli, and minified raw)',
        measured: direct.shown.js.map((file) => `${file.file} ${kB(file.brotli)} (${kB(file.raw)} raw)`).join(' + '),
        limit: '—',
        result: 'info',
      },
      {
        section: 'size',
        name: 'Agreement builder page: JS by origin, from source maps (minified bytes, share; brotli of each alone)',
        measured: origins
          .slice(0, 6)
          .map((origin) => `${origin.origin} ${kB(origin.raw)} (${Math.round((origin.raw / rawTotal) * 100)}%; br ${kB(origin.brotliAlone)})`)
          .join(' · '),
        limit: '—',
        result: 'info',
      },
      {
        section: 'size',
        name: 'Agreement builder: jsPDF not loaded before the PDF button (by source map; also via autoloader)',
        measured: `before the click: ${pdfOriginsBefore.length || autoloaderPdfOrigins.length ? [...new Set([...pdfOriginsBefore, ...autoloaderPdfOrigins])].join(', ') : 'none'}; the click loads jsPDF: ${pdfStepHasJsPdf ? 'yes' : 'no'}`,
        limit: 'none; yes',
        result: lazyPdf ? 'PASS' : 'FAIL',
      },
      ...direct.later.map(
        (step): Row => ({
          section: 'size',
          name: `Agreement builder page, then ${step.step}: lazy JS it adds (brotli)`,
          measured: step.js.length ? `+${kB(step.brotli)}: ${stepFiles(step)}` : 'nothing',
          limit: '—',
          result: 'info',
          value: step.brotli,
          unit: 'B',
        }),
      ),
      {
        section: 'size',
        name: 'Agreement builder: the PDF chunk(s) by origin (minified bytes; brotli of each alone)',
        measured: pdfStepOrigins
          .slice(0, 5)
          .map((origin) => `${origin.origin} ${kB(origin.raw)} (${Math.round((origin.raw / pdfRawTotal) * 100)}%; br ${kB(origin.brotliAlone)})`)
          .join(' · '),
        limit: '—',
        result: 'info',
      },
      {
        section: 'size',
        name: 'Agreement builder page after all of those steps (brotli)',
        measured: `${kB(sessionTotal)}; all agreement-builder*.js in cdn/: ${kB(allBuilderBrotli)} (${builderFiles.length} files, incl. jsPDF's never-loaded html2canvas/canvg/DOMPurify chunks)`,
        limit: '—',
        result: 'info',
        value: sessionTotal,
        unit: 'B',
      },
    ];
    return {
      rows,
      details: { viewport: VIEWPORT, direct, autoloader, origins, rawTotal, pdfStepOrigins, sessionTotal, allBuilder, pdfExport },
      notes: [`size agreement builder: ${stepFiles(direct.shown)}`, `size agreement builder via autoloader: ${stepFiles(autoloader.shown)}`, `agreement PDF step: ${stepFiles(pdfStep)}`],
    };
  } finally {
    await site.close();
  }
}

// ---------------------------------------------------------------------------------------------
// PDF and autosave

type Builder = HTMLElement & { agreement: Agreement; updateComplete: Promise<unknown> };

interface PdfRound {
  first: number;
  warm: number[];
  bytes: number;
  pages: number;
  previewClauses: number;
  stagekitErrors: { code: string; message: string }[];
}

/** Loads the page, gives the builder the full agreement, goes to the last step, clicks "PDF" 1 + `warm` times. */
async function pdfRound(page: Page, url: string, agreement: Agreement, warm: number): Promise<PdfRound> {
  await page.goto(url);
  return page.evaluate(
    async ({ tag, agreement, warm }) => {
      const frame = () => new Promise<number>((done) => requestAnimationFrame(done));
      await customElements.whenDefined(tag);
      const element = document.querySelector(tag) as Builder;
      await element.updateComplete;
      element.agreement = agreement;
      await element.updateComplete;
      const root = element.shadowRoot!;
      const steps = root.querySelectorAll<HTMLButtonElement>('nav.stepper button.step');
      steps[steps.length - 1]!.click();
      await element.updateComplete;
      const deadline = performance.now() + 10_000;
      while (!root.querySelector('article.document') && performance.now() < deadline) await frame();
      const previewClauses = root.querySelectorAll('article.document .doc-clause').length;
      const button = () => root.querySelector<HTMLButtonElement>('section.output .actions button.secondary')!;
      const click = async () => {
        const exported = new Promise<{ format: string; file?: File }>((done) =>
          element.addEventListener('stagekit-agreement-export', (event) => done((event as CustomEvent<{ format: string; file?: File }>).detail), { once: true }),
        );
        const start = performance.now();
        button().click();
        const detail = await exported;
        const elapsed = performance.now() - start;
        if (detail.format !== 'pdf' || !detail.file) throw new Error(`export event ${detail.format} without a PDF file`);
        await element.updateComplete;
        return { elapsed, file: detail.file };
      };
      const first = await click();
      const text = await first.file.text();
      const pages = text.match(/\/Type\s*\/Page\b/g)?.length ?? 0;
      const warmSamples: number[] = [];
      for (let i = 0; i < warm; i++) {
        await frame();
        warmSamples.push((await click()).elapsed);
      }
      const stagekitErrors = (globalThis as unknown as Exported).__errors;
      return { first: first.elapsed, warm: warmSamples, bytes: first.file.size, pages, previewClauses, stagekitErrors };
    },
    { tag: TAG, agreement, warm },
  );
}

type Core = typeof import('@stagekit/core');
type CoreGlobal = { __core: Pick<Core, 'agreementCatalog' | 'buildDocument' | 'loadAgreementPdf' | 'loadMessages' | 'openDrafts' | 'translator' | 'withFields'> };

interface CoreTimings {
  storage: string;
  fallback: boolean;
  save: number[];
  rowBytes: number;
  pdfAlone: number[];
  buildDocumentAlone: number[];
  pdfBytes: number;
}

async function coreTimings(page: Page, url: string, agreement: Agreement): Promise<CoreTimings> {
  await page.goto(url);
  await page.waitForFunction(() => (globalThis as unknown as Partial<CoreGlobal>).__core !== undefined, undefined, { timeout: 10_000 });
  return page.evaluate(
    async ({ agreement, warmup, runs, pdfRuns }) => {
      const core = (globalThis as unknown as CoreGlobal).__core;
      // Autosave: one awaited write at a time, each a slightly changed agreement.
      const opened = await core.openDrafts('agreement', 'local');
      let current = agreement;
      const save = [] as number[];
      for (let i = 0; i < warmup + runs; i++) {
        current = core.withFields(current, { 'student.phone': `06 ${String(23456700 + i)}` });
        const row = { id: current.id, title: 'Noor van den Berg · Zorggroep De Linde B.V.', origin: '["mbo",null]', data: current };
        const start = performance.now();
        await opened.store.save(row);
        const elapsed = performance.now() - start;
        if (i >= warmup) save.push(elapsed);
      }
      const stored = await opened.store.get(agreement.id);
      if (!stored || (stored.data as typeof agreement).fields['student.phone'] !== current.fields['student.phone']) throw new Error('the last autosave is not what IndexedDB returns');
      const rowBytes = new Blob([JSON.stringify(stored)]).size;

      // The document and the PDF alone (jsPDF loaded, texts loaded).
      const t = core.translator(await core.loadMessages(core.agreementCatalog, 'nl'), 'nl');
      const { agreementPdf } = await core.loadAgreementPdf();
      agreementPdf(core.buildDocument(agreement, t));
      const pdfAlone = [] as number[];
      const buildDocumentAlone = [] as number[];
      let pdfBytes = 0;
      for (let i = 0; i < pdfRuns; i++) {
        const start = performance.now();
        const document = core.buildDocument(agreement, t);
        const built = performance.now();
        pdfBytes = agreementPdf(document).bytes.length;
        pdfAlone.push(performance.now() - start);
        buildDocumentAlone.push(built - start);
        await new Promise((done) => setTimeout(done, 0));
      }
      return { storage: opened.kind, fallback: opened.fallback, save, rowBytes, pdfAlone, buildDocumentAlone, pdfBytes };
    },
    { agreement, warmup: SAVE_WARMUP, runs: SAVE_RUNS, pdfRuns: PDF_ALONE_RUNS },
  );
}

export async function agreementTimingBench(browser: Browser, cdnDir: string): Promise<{ rows: Row[]; details: unknown; notes: string[] }> {
  const agreement = await fullAgreement();
  const site = await serveStatic(cdnDir, {
    'agreement-pdf.html': builderPage(ENTRY, `<${TAG} lang="nl" storage="memory"></${TAG}>`),
    ...(await coreBundle(ROOT, 'agreement-core', ['agreementCatalog', 'buildDocument', 'loadAgreementPdf', 'loadMessages', 'openDrafts', 'translator', 'withFields'])),
    'agreement-core.html': builderPage('agreement-core.js', ''),
  });
  const context = await newBenchContext(browser);
  try {
    const page = await context.newPage();
    await page.setViewportSize(VIEWPORT);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));

    const rounds: PdfRound[] = [];
    for (let i = 0; i < PDF_PAGES; i++) rounds.push(await pdfRound(page, `${site.origin}/agreement-pdf.html`, agreement, PDF_WARM_CLICKS));
    const stagekitErrors = rounds.flatMap((round) => round.stagekitErrors);
    if (stagekitErrors.length) throw new Error(`stagekit-error: ${stagekitErrors.map((error) => `${error.code} ${error.message}`).join('; ')}`);
    const core = await coreTimings(page, `${site.origin}/agreement-core.html`, agreement);
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
    if (core.storage !== 'local' || core.fallback) throw new Error(`autosave did not use IndexedDB (storage ${core.storage}, fallback ${core.fallback})`);

    const first = sortedCopy(rounds.map((round) => round.first));
    const warm = sortedCopy(rounds.flatMap((round) => round.warm));
    const alone = sortedCopy(core.pdfAlone);
    const documentAlone = sortedCopy(core.buildDocumentAlone);
    const save = sortedCopy(core.save);
    const firstMedian = median(first);
    const saveMedian = median(save);
    const { pages, bytes, previewClauses } = rounds[0]!;
    const fieldCount = Object.keys(agreement.fields).length;

    const rows: Row[] = [
      {
        section: 'render',
        name: `Agreement PDF, full mbo agreement (${fieldCount} fields, ${pages} pages, ${kB(bytes)}): click → stagekit-agreement-export, first click in a fresh page incl. loading jsPDF (median of ${PDF_PAGES} pages)`,
        measured: `${ms(firstMedian)} (min ${ms(first[0]!)}, max ${ms(first[first.length - 1]!)})`,
        limit: `≤ ${LIMITS.pdfMs} ms`,
        result: firstMedian <= LIMITS.pdfMs ? 'PASS' : 'FAIL',
        value: firstMedian,
        limitValue: LIMITS.pdfMs,
        unit: 'ms',
      },
      {
        section: 'render',
        name: `Agreement PDF: later clicks, jsPDF already loaded (median of ${warm.length})`,
        measured: `${ms(median(warm))} (p95 ${ms(percentile(warm, 0.95))})`,
        limit: '—',
        result: 'info',
        value: median(warm),
        unit: 'ms',
      },
      {
        section: 'render',
        name: `Agreement PDF: buildDocument + agreementPdf alone, core dist (median of ${PDF_ALONE_RUNS}; buildDocument alone)`,
        measured: `${ms(median(alone))} (p95 ${ms(percentile(alone, 0.95))}); ${ms(median(documentAlone))}`,
        limit: '—',
        result: 'info',
        value: median(alone),
        unit: 'ms',
      },
      {
        section: 'storage',
        name: `Agreement autosave: openDrafts('agreement','local').store.save of the full agreement (${kB(core.rowBytes)} JSON) in Chromium IndexedDB, core dist (median of ${SAVE_RUNS})`,
        measured: `${ms(saveMedian)} (p95 ${ms(percentile(save, 0.95))})`,
        limit: `≤ ${LIMITS.saveMs} ms`,
        result: saveMedian <= LIMITS.saveMs ? 'PASS' : 'FAIL',
        value: saveMedian,
        limitValue: LIMITS.saveMs,
        unit: 'ms',
      },
    ];
    return {
      rows,
      details: {
        fields: fieldCount,
        pdf: { pages, bytes, previewClauses, firstClick: rounds.map((round) => round.first), laterClicks: rounds.map((round) => round.warm), alone: core.pdfAlone, buildDocument: core.buildDocumentAlone, bytesAlone: core.pdfBytes },
        autosave: { samples: core.save, warmup: SAVE_WARMUP, rowBytes: core.rowBytes, p95: percentile(save, 0.95), max: save[save.length - 1] },
      },
      notes: [`agreement PDF: ${pages} pages, ${kB(bytes)}, ${previewClauses} clauses in the preview; first clicks ${first.map((value) => value.toFixed(0)).join(', ')} ms`],
    };
  } finally {
    await context.close();
    await site.close();
  }
}
