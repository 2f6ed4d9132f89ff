import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  AGREEMENT_SOURCES,
  REPORT_SOURCES,
  ROUTES,
  SCHEDULE_RULES,
  eurosToCents,
  formatEuros,
  formatNumber,
  formatPartialDate,
  type CaoRecord,
  type CompensationRules,
  type Source,
} from '@stagekit/core';
import { reportMessagesEn } from '../../packages/core/src/i18n/messages/report.en.ts';
import { reportMessagesNl } from '../../packages/core/src/i18n/messages/report.nl.ts';
import { escapeHtml as escape, loadSourcesData, renderSources, type SourcesData } from '../../tools/portal/sources-html.ts';

// Every figure the kit uses is on the Sources page, with its source and dates: checked from the
// datasets themselves, so a new record or a changed amount is covered without editing this test.

const { cao, rules } = loadSourcesData() as { cao: { version: string; date: string; records: CaoRecord[] }; rules: CompensationRules };

const LANGS = ['nl', 'en'] as const;
type Lang = (typeof LANGS)[number];
const UNKNOWN: Record<Lang, string> = { nl: 'niet bekend', en: 'unknown' };
const REPORT_MESSAGES = { nl: reportMessagesNl, en: reportMessagesEn } as Record<Lang, Record<string, unknown>>;

const money = (euros: number, lang: Lang) => escape(formatEuros(eurosToCents(euros), lang));
const date = (value: string | null | undefined, lang: Lang) => (value ? escape(formatPartialDate(value, lang)) : UNKNOWN[lang]);

const output = Object.fromEntries(LANGS.map((lang) => [lang, renderSources(lang)])) as Record<Lang, string>;

/** The HTML from the element with `id` to the next heading of the same or a higher level (or the end of the row). */
function part(html: string, id: string): string {
  const at = html.indexOf(`id="${escape(id)}"`);
  assert.ok(at >= 0, `no element with id="${id}"`);
  const start = html.lastIndexOf('<', at);
  const tag = html.slice(start + 1, html.indexOf(' ', start));
  const ends: Record<string, string[]> = { h2: ['<h2 '], h3: ['<h3 ', '<h2 ', '</section>'], th: ['</tr>'], li: ['</li>'], dt: ['</dd>'] };
  const stops = (ends[tag] ?? ['</section>']).map((stop) => html.indexOf(stop, at + 1)).filter((index) => index > 0);
  return html.slice(start, stops.length ? Math.min(...stops) : undefined);
}

function assertSource(html: string, source: Source, lang: Lang, where: string): void {
  assert.ok(html.includes(escape(source.title)), `${where} (${lang}): source title "${source.title}"`);
  if (source.url) assert.ok(html.includes(`<a href="${escape(source.url)}">${escape(source.title)}</a>`), `${where} (${lang}): link to ${source.url}`);
  assert.ok(html.includes(date(source.figureDate, lang)), `${where} (${lang}): figure date ${source.figureDate}`);
  assert.ok(html.includes(date(source.checked, lang)), `${where} (${lang}): checked ${source.checked}`);
}

test('every CAO record is listed with each amount, its conditions, validity, source and dates, in both languages', () => {
  for (const lang of LANGS) {
    for (const record of cao.records) {
      const html = part(output[lang], record.id);
      assert.ok(html.includes(escape(record.name)), `${record.id}: name`);
      if (record.clause.status === 'none-found') {
        assertSource(html, record.clause.source, lang, record.id);
        continue;
      }
      for (const amount of record.clause.amounts) {
        const where = `${record.id} ${amount.levels.join('/')}`;
        assert.ok(html.includes(amount.euros === null ? UNKNOWN[lang] : money(amount.euros, lang)), `${where} (${lang}): amount ${amount.euros}`);
        assert.ok(html.includes(amount.hoursPerWeek === null ? UNKNOWN[lang] : escape(formatNumber(amount.hoursPerWeek, lang))), `${where}: hours`);
        for (const figure of [amount.conditions.minMonths, amount.conditions.minTotalHours, amount.conditions.minHoursPerWeek]) {
          if (figure !== undefined) assert.match(html, new RegExp(`<li>[^<]*(?<![\\d.,])${escape(formatNumber(figure, lang)).replace(/[.]/g, '\\.')}(?![\\d,])[^<]*</li>`), `${where} (${lang}): condition ${figure}`);
        }
        const proration = amount.proration;
        if (proration.rule === 'half-day') assert.ok(html.includes(escape(formatNumber(proration.thresholdHours, lang))), `${where}: half-day threshold`);
        if (proration.rule === 'days-scale' && amount.euros !== null) {
          for (const step of proration.steps) {
            assert.ok(html.includes(escape(formatEuros(Math.round(eurosToCents(amount.euros) * step.fraction), lang))), `${where} (${lang}): ${step.minDays} days`);
          }
        }
        for (const day of [amount.validity.from, amount.validity.to]) if (day) assert.ok(html.includes(date(day, lang)), `${where} (${lang}): valid ${day}`);
        for (const note of [amount.conditions.note, amount.validity.note]) if (note) assert.ok(html.includes(escape(note[lang])), `${where} (${lang}): note`);
        assertSource(html, amount.source, lang, where);
      }
    }
    assert.ok(part(output[lang], 'cao-dataset').includes(escape(cao.version)), 'dataset version');
  }
});

test('every minimum wage figure is listed per period and age, with its source and dates', () => {
  for (const lang of LANGS) {
    const section = part(output[lang], 'minimum-wage');
    const every = lang === 'nl' ? `elke ${rules.minimumWage.indexationMonths} maanden` : `every ${rules.minimumWage.indexationMonths} months`;
    assert.ok(section.includes(every), `indexation months (${lang})`);
    assertSource(section, rules.minimumWage.indexationSource, lang, 'indexation');
    for (const period of rules.minimumWage.periods) {
      const html = part(output[lang], `minimum-wage-${period.from}`);
      for (const scale of [period.hourly, period.bbl]) {
        for (const [age, euros] of Object.entries(scale)) {
          if (euros !== undefined) assert.ok(html.includes(money(euros, lang)), `${period.from} age ${age} (${lang}): ${euros}`);
        }
      }
      // A period without a figure for an age says so, never a guess.
      if (Object.keys(period.hourly).length < 7) assert.ok(html.includes(UNKNOWN[lang]), `${period.from}: missing ages are unknown`);
      assertSource(html, period.source, lang, `minimum wage ${period.from}`);
    }
  }
});

test('the planned legal right is listed as data says it: status, dates, open limits, source', () => {
  const right = rules.legalRight;
  for (const lang of LANGS) {
    const html = part(output[lang], 'legal-right');
    if (right.inForceFrom === null || right.shortOrientationLimitWeeks === null) assert.ok(html.includes(UNKNOWN[lang]));
    if (right.inForceFrom) assert.ok(html.includes(date(right.inForceFrom, lang)));
    if (right.shortOrientationLimitWeeks !== null) assert.ok(html.includes(escape(formatNumber(right.shortOrientationLimitWeeks, lang))));
    if (right.expected) assert.ok(html.includes(escape(right.expected[lang])));
    if (right.status === 'proposal') assert.match(html, lang === 'nl' ? /nog geen wet/ : /not yet law/);
    assertSource(html, right.source, lang, 'legal right');
  }
});

test('every national average is listed with its year, source and dates', () => {
  for (const lang of LANGS) {
    for (const average of rules.averages) {
      const html = part(output[lang], `average-${average.level}`);
      assert.ok(html.includes(money(average.euros, lang)), `${average.level} (${lang})`);
      assert.ok(html.includes(`<td>${escape(average.year)}</td>`), `${average.level} (${lang}): year`);
      assertSource(html, average.source, lang, `average ${average.level}`);
    }
  }
});

test('every reporting route lists its facts (with their figures) and every source it rests on', () => {
  for (const lang of LANGS) {
    const messages = REPORT_MESSAGES[lang];
    for (const route of Object.values(ROUTES)) {
      const html = part(output[lang], `route-${route.id}`);
      for (const note of route.notes) assert.ok(html.includes(escape(String(messages[`route.${route.id}.${note}`]))), `${route.id}.${note} (${lang})`);
      if (route.responseTime !== 'unknown') {
        const days = route.responseTime.workingDays;
        assert.ok(html.includes(lang === 'nl' ? `binnen ${days} werkdag` : `within ${days} working day`), `${route.id} (${lang}): response time`);
      }
      for (const key of route.sources) assertSource(html, REPORT_SOURCES[key], lang, `route ${route.id} / ${key}`);
    }
    // No source of the routing table is left out.
    const used = new Set(Object.values(ROUTES).flatMap((route) => route.sources));
    for (const key of Object.keys(REPORT_SOURCES)) assert.ok(used.has(key as never), `report source ${key} is not used by any route`);
  }
});

test('every source of the agreement builder and every planner figure is listed', () => {
  for (const lang of LANGS) {
    for (const [key, source] of Object.entries(AGREEMENT_SOURCES)) assertSource(part(output[lang], `agreement-${key}`), source, lang, `agreement ${key}`);
    for (const [key, rule] of Object.entries(SCHEDULE_RULES)) {
      const html = part(output[lang], `schedule-${key}`);
      assert.ok(html.includes(escape(formatNumber(rule.value, lang))), `schedule ${key}: ${rule.value}`);
      assertSource(html, rule.source, lang, `schedule ${key}`);
    }
  }
});

test('ids are unique, the contents link to every section, and every link has its title as text', () => {
  for (const lang of LANGS) {
    const ids = [...output[lang].matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);
    assert.equal(new Set(ids).size, ids.length, `duplicate ids in ${lang}`);
    for (const [, id] of output[lang].matchAll(/<h2 id="([^"]+)"/g)) assert.ok(output[lang].includes(`<a href="#${id}">`), `contents link to #${id}`);
    for (const [, text] of output[lang].matchAll(/<a href="https?:[^"]*">([^<]*)<\/a>/g)) assert.ok(text!.trim().length > 3, 'descriptive link text');
  }
});

test('text from the data is escaped: names, titles, publishers and addresses', () => {
  const data: SourcesData = {
    cao: structuredClone(cao),
    rules: structuredClone(rules),
    routes: ROUTES,
    reportSources: REPORT_SOURCES,
    agreementSources: { evil: { title: 'A <b>bold</b> "title" & more', publisher: "O'Brien <i>", url: 'https://example.org/?a=1&b="2"<x>', figureDate: null, checked: '2026-11', confidence: 'low' } },
    scheduleRules: SCHEDULE_RULES,
  };
  data.cao.records[0]!.name = 'Cao <script>alert("x")</script> & co';
  data.cao.records[0]!.sector = { nl: '<img src=x onerror=alert(1)>', en: '<img src=x onerror=alert(1)>' };
  for (const lang of LANGS) {
    const html = renderSources(lang, data);
    assert.ok(!html.includes('<script>') && !html.includes('<b>') && !html.includes('<i>') && !html.includes('<img'), 'no markup from the data');
    assert.ok(html.includes('Cao &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co'));
    assert.ok(html.includes('A &lt;b&gt;bold&lt;/b&gt; &quot;title&quot; &amp; more'));
    assert.ok(html.includes('O&#39;Brien &lt;i&gt;'));
    assert.ok(html.includes('href="https://example.org/?a=1&amp;b=&quot;2&quot;&lt;x&gt;"'));
  }
});

test('a source without a web address is shown without a link, and says so', () => {
  const data: SourcesData = {
    cao: structuredClone(cao),
    rules: structuredClone(rules),
    routes: ROUTES,
    reportSources: REPORT_SOURCES,
    agreementSources: { plain: { title: 'Only a title', publisher: 'Someone', figureDate: '2026', checked: '2026-11', confidence: 'medium' }, bad: { title: 'Not a web address', publisher: 'x', url: 'javascript:alert(1)', figureDate: null, checked: '2026-11', confidence: 'low' } },
    scheduleRules: SCHEDULE_RULES,
  };
  for (const lang of LANGS) {
    const html = renderSources(lang, data);
    assert.match(part(html, 'agreement-plain'), lang === 'nl' ? /Only a title, Someone \(geen link beschikbaar\)/ : /Only a title, Someone \(no link available\)/);
    assert.ok(!html.includes('javascript:'), 'only http(s) links');
  }
});
