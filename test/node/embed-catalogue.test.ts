import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import {
  EDUCATION_LEVELS,
  LOCATIONS,
  MISUSE_KINDS,
  planOptionsFromAttributes,
  PREFILL_VERDICTS,
  REGIMES,
  REPORT_TYPES,
  SCHEDULE_MODELS,
  STAGE_TYPES,
  STUDENT_LEVELS,
} from '@stagekit/core';
import { attributesFor, caoChoices, holdsPrivateKey, initialValues, isValidNumber, weekFromValue, weekValue, widgetInfo, WIDGETS, type WidgetInfo } from '../../portal/embed/widget-options.ts';

// The configurator's catalogue (portal/embed/widget-options.ts) against the elements' custom-elements
// manifest, so that it offers only attributes and values the elements have, and cannot drift.
const MANIFEST = new URL('../../packages/elements/custom-elements.json', import.meta.url);

interface ManifestAttribute {
  name: string;
  type?: { text?: string };
  description?: string;
}
interface Declaration {
  tagName?: string;
  attributes?: ManifestAttribute[];
}

function declarations(): Map<string, Declaration> {
  assert.ok(existsSync(MANIFEST), 'packages/elements/custom-elements.json is missing: run `npm run build -w stagekit` first (npm test does)');
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as { modules: { declarations?: Declaration[] }[] };
  const found = new Map<string, Declaration>();
  for (const module of manifest.modules) for (const declaration of module.declarations ?? []) if (declaration.tagName) found.set(declaration.tagName, declaration);
  return found;
}

const elements = declarations();
const attributeOf = (tag: string, name: string) => elements.get(tag)?.attributes?.find((attribute) => attribute.name === name);
/** The values a description names in backticks, e.g. "`full` (default) … `badge`". */
const backticked = (description = '') => new Set([...description.matchAll(/`([^`]+)`/g)].map((match) => match[1]!));

/** Values the manifest does not spell out in full, checked against core's own lists instead. */
const CORE_VALUES: Record<string, Record<string, readonly string[]>> = {
  'stagekit-cao-lookup': { level: EDUCATION_LEVELS },
  'stagekit-compensation-checker': { level: STUDENT_LEVELS, 'stage-type': STAGE_TYPES, location: LOCATIONS },
  'stagekit-schedule-planner': { model: SCHEDULE_MODELS },
  'stagekit-agreement-builder': { regime: REGIMES },
  'stagekit-report-form': { 'prefill-type': [...REPORT_TYPES, ...MISUSE_KINDS, ...PREFILL_VERDICTS] },
};

test('the catalogue has the five widgets, each an element in the manifest', () => {
  assert.deepEqual(
    WIDGETS.map((widget) => widget.tag),
    ['stagekit-cao-lookup', 'stagekit-compensation-checker', 'stagekit-schedule-planner', 'stagekit-agreement-builder', 'stagekit-report-form'],
  );
  for (const widget of WIDGETS) assert.ok(elements.has(widget.tag), `${widget.tag} is not in the manifest`);
});

for (const widget of WIDGETS) {
  test(`${widget.tag}: every attribute offered exists on the element, with the kind and values it documents`, () => {
    const names = widget.options.map((option) => option.attribute);
    assert.equal(new Set(names).size, names.length, 'an attribute is offered twice');
    assert.equal(names[0], 'lang', 'the language comes first');
    for (const option of widget.options) {
      const attribute = attributeOf(widget.tag, option.attribute);
      assert.ok(attribute, `${widget.tag} has no attribute "${option.attribute}" in custom-elements.json`);
      const isBoolean = attribute.type?.text === 'boolean';
      assert.equal(option.kind === 'boolean', isBoolean, `${option.attribute}: a switch exactly when the element's attribute is boolean`);
      const documented = backticked(attribute.description);
      const core = CORE_VALUES[widget.tag]?.[option.attribute];
      for (const entry of option.choices ?? []) {
        if (entry.value === '') continue;
        assert.ok(documented.has(entry.value) || core?.includes(entry.value), `${widget.tag} ${option.attribute}="${entry.value}" is not a documented value`);
        if (core) assert.ok(core.includes(entry.value), `${option.attribute}="${entry.value}" is not in core's list`);
      }
      if (option.kind === 'select') {
        const values = (option.choices ?? []).map((entry) => entry.value);
        assert.ok(values.length >= 2, `${option.attribute}: a choice needs choices`);
        assert.equal(new Set(values).size, values.length, `${option.attribute}: a value twice`);
      }
      if (option.default !== undefined) {
        assert.ok(documented.has(option.default) || attribute.description?.includes(`default ${option.default}`), `${option.attribute}: default "${option.default}" is not what the element documents`);
        assert.match(attribute.description ?? '', /default/, `${option.attribute}: the element documents no default`);
        if (option.choices) assert.ok(option.choices.some((entry) => entry.value === option.default), `${option.attribute}: the default is not a choice`);
      }
      for (const lang of ['nl', 'en'] as const) {
        assert.ok(option.label[lang].trim(), `${option.attribute}: no ${lang} label`);
        if (option.hint) assert.ok(option.hint[lang].trim(), `${option.attribute}: no ${lang} hint`);
        for (const entry of option.choices ?? []) assert.ok(entry.label[lang].trim(), `${option.attribute}="${entry.value}": no ${lang} label`);
      }
    }
    for (const lang of ['nl', 'en'] as const) assert.ok(widget.name[lang] && widget.description[lang], `${widget.tag}: no ${lang} name or description`);
  });
}

test('the brief’s attributes are offered: CAO, level, hours, the checker’s mode and offer, the report form’s meldpunt, endpoint and key, and the language', () => {
  const offered = (tag: string) => widgetInfo(tag)!.options.map((option) => option.attribute);
  assert.ok(['cao', 'level', 'hours', 'mode', 'offered', 'lang'].every((name) => offered('stagekit-compensation-checker').includes(name)));
  assert.deepEqual(
    widgetInfo('stagekit-compensation-checker')!.options.find((option) => option.attribute === 'mode')!.choices!.map((entry) => entry.value),
    ['full', 'badge'],
  );
  assert.ok(['meldpunt-name', 'meldpunt-email', 'endpoint', 'public-key', 'lang'].every((name) => offered('stagekit-report-form').includes(name)));
  for (const widget of WIDGETS) {
    assert.deepEqual(
      widget.options[0]!.choices!.map((entry) => entry.value),
      ['', 'nl', 'en'],
    );
  }
});

const checker = widgetInfo('stagekit-compensation-checker')!;
const report = widgetInfo('stagekit-report-form')!;
const lookup = widgetInfo('stagekit-cao-lookup')!;

test('attributes are written in catalogue order; empty and default values are left out; a switch is a bare attribute', () => {
  assert.deepEqual(initialValues(checker, 'en'), { mode: 'full', lang: 'en' });
  assert.deepEqual(attributesFor(checker, initialValues(checker, 'en')), [['lang', 'en']]);
  assert.deepEqual(attributesFor(checker, { offered: ' 350,50 ', hours: '32', mode: 'badge', lang: 'nl', cao: 'cao-horeca', level: '', supervisor: 'no' }), [
    ['lang', 'nl'],
    ['mode', 'badge'],
    ['cao', 'cao-horeca'],
    ['hours', '32'],
    ['offered', '350,50'],
    ['supervisor', 'no'],
  ]);
  assert.deepEqual(attributesFor(lookup, { 'only-with-clause': 'true', storage: 'memory' }), [
    ['only-with-clause', true],
    ['storage', 'memory'],
  ]);
  assert.deepEqual(attributesFor(lookup, { 'only-with-clause': '', storage: 'local', level: 'phd', unknown: 'x' }), [], 'off, default, unknown value, unknown attribute');
});

test('numbers are written only when the element takes them', () => {
  const hours = checker.options.find((option) => option.attribute === 'hours')!;
  const age = checker.options.find((option) => option.attribute === 'age')!;
  for (const good of ['1', '32', '32,5', '32.5', '60']) assert.ok(isValidNumber(hours, good), good);
  for (const bad of ['0', '61', '-3', 'abc', '3 2', '1.000', '']) assert.ok(!isValidNumber(hours, bad), bad);
  assert.ok(isValidNumber(age, '19') && !isValidNumber(age, '19,5') && !isValidNumber(age, '9'));
  assert.deepEqual(attributesFor(checker, { hours: '90', age: '19' }), [['age', '19']]);
});

test('a private key is never written; a public key is written on one line', () => {
  const publicKey = { kty: 'EC', crv: 'P-256', x: 'x1', y: 'y1', kid: 'k' };
  const pretty = JSON.stringify(publicKey, null, 2);
  assert.deepEqual(attributesFor(report, { 'public-key': pretty }), [['public-key', JSON.stringify(publicKey)]]);
  for (const privateKey of [{ ...publicKey, d: 'secret' }, { kty: 'RSA', n: 'n', e: 'AQAB', d: 'd', p: 'p', q: 'q' }, { kty: 'oct', k: 'secret' }]) {
    assert.ok(holdsPrivateKey(JSON.stringify(privateKey)));
    assert.deepEqual(attributesFor(report, { 'public-key': JSON.stringify(privateKey, null, 2) }), []);
  }
  assert.ok(holdsPrivateKey('{"kty":"EC", "d": "broken json'), 'also half-pasted JSON');
  assert.ok(!holdsPrivateKey(JSON.stringify(publicKey)));
});

test('the week editor writes the planner’s `week` attribute, and the planner reads it without problems', () => {
  const week = weekValue({ mon: 'company', tue: 'company', wed: 'remote', thu: 'school', fri: 'off' });
  assert.equal(week, 'mon:company,tue:company,wed:remote,thu:school');
  assert.equal(weekValue({}), '', 'all days off: no attribute');
  assert.deepEqual(weekFromValue(week), { mon: 'company', tue: 'company', wed: 'remote', thu: 'school', fri: 'off', sat: 'off', sun: 'off' });
  const { problems, options } = planOptionsFromAttributes({ week }, '2026-11-24');
  assert.deepEqual(problems, []);
  assert.ok(options, 'the planner made a plan');
});

test('the CAO choice lists every record of the bundled dataset by name, and skips records it cannot use', () => {
  const dataset = JSON.parse(readFileSync(new URL('../../packages/core/data/cao-dataset.json', import.meta.url), 'utf8')) as { records: { id: string; name: string }[] };
  const choices = caoChoices(dataset, 'nl');
  assert.equal(choices.length, dataset.records.length);
  assert.deepEqual(new Set(choices.map((entry) => entry.id)), new Set(dataset.records.map((record) => record.id)));
  const names = choices.map((entry) => entry.name);
  assert.deepEqual(names, [...names].sort((a, b) => a.localeCompare(b, 'nl')));
  assert.ok(choices.some((entry) => entry.id === 'cao-horeca'));
  assert.deepEqual(caoChoices({ records: [{ id: 'B', name: 'x' }, { id: 'ok-1', name: ' Ok ' }, { id: 'ok-1', name: 'again' }, { id: 'no-name' }, null] }, 'en'), [{ id: 'ok-1', name: 'Ok' }]);
  assert.deepEqual(caoChoices('not a dataset', 'nl'), []);
});

test('every widget’s defaults produce valid code values', () => {
  for (const widget of WIDGETS as readonly WidgetInfo[]) {
    for (const lang of ['nl', 'en'] as const) {
      const written = attributesFor(widget, initialValues(widget, lang));
      assert.deepEqual(written, [['lang', lang]], `${widget.tag} starts with only its language`);
    }
  }
});
