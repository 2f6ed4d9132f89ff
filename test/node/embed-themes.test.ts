import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import {
  checkContrast,
  cleanTokenValue,
  contrastRatio,
  CONTRAST_PAIRS,
  formatRatio,
  presetById,
  THEME_PRESETS,
  THEME_TOKENS,
  tokensToWrite,
} from '../../portal/embed/theme-presets.ts';

// The configurator's theme (portal/embed/theme-presets.ts): only tokens the widgets really read, with
// their real defaults, and presets that meet WCAG 2.2 AA contrast.
const MANIFEST = new URL('../../packages/elements/custom-elements.json', import.meta.url);
const SHARED_STYLES = readFileSync(new URL('../../packages/elements/src/internal/shared.styles.ts', import.meta.url), 'utf8');

function manifestTokens(): Set<string> {
  assert.ok(existsSync(MANIFEST), 'packages/elements/custom-elements.json is missing: run `npm run build -w stagekit` first (npm test does)');
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as { modules: { declarations?: { cssProperties?: { name: string }[] }[] }[] };
  return new Set(manifest.modules.flatMap((module) => (module.declarations ?? []).flatMap((declaration) => (declaration.cssProperties ?? []).map((property) => property.name))));
}

test('every token offered is a documented public token that every widget reads, with the widgets’ own default', () => {
  const documented = manifestTokens();
  const names = THEME_TOKENS.map((token) => token.name);
  assert.equal(new Set(names).size, names.length);
  for (const token of THEME_TOKENS) {
    assert.ok(documented.has(token.name), `${token.name} is not a cssProperty in custom-elements.json`);
    // shared.styles.ts is in every widget's styles: `--_private: var(--stagekit-…, default)`.
    const read = new RegExp(`var\\(${token.name}, ([^)]+)\\)`).exec(SHARED_STYLES);
    assert.ok(read, `${token.name} is not read in shared.styles.ts`);
    assert.equal(read[1]!.trim(), token.fallback, `${token.name}: the default here differs from the widgets'`);
    assert.ok(token.label.nl.trim() && token.label.en.trim());
  }
  assert.ok(['--stagekit-color-primary', '--stagekit-font-family', '--stagekit-radius'].every((name) => names.includes(name)), 'colours, font and radius');
});

test('presets set only offered tokens, with values the code may hold', () => {
  assert.equal(THEME_PRESETS[0]!.id, 'standard');
  assert.deepEqual(THEME_PRESETS[0]!.tokens, {}, 'the default preset adds no style');
  assert.ok(presetById('rijkshuisstijl') && presetById('utrecht') && presetById('contrast'));
  for (const preset of THEME_PRESETS) {
    for (const [name, value] of Object.entries(preset.tokens)) {
      assert.ok(THEME_TOKENS.some((token) => token.name === name), `${preset.id}: ${name} is not offered`);
      assert.equal(cleanTokenValue(name, value), value, `${preset.id}: ${name}: ${value}`);
    }
    assert.equal(tokensToWrite(preset.tokens).length, Object.keys(preset.tokens).length, `${preset.id}: all its tokens are written`);
    for (const lang of ['nl', 'en'] as const) assert.ok(preset.label[lang] && preset.description[lang]);
  }
});

test('every preset meets WCAG 2.2 AA: text 4.5:1 (1.4.3), focus ring and field borders 3:1 (1.4.11)', () => {
  for (const preset of THEME_PRESETS) {
    for (const result of checkContrast(preset.tokens)) {
      assert.ok(result.ok, `${preset.id}: ${result.pair.foreground} on ${result.pair.background} is ${result.ratio.toFixed(2)}:1, needs ${result.pair.minimum}:1`);
    }
  }
  // Text pairs are held to 4.5:1, the rest to 3:1.
  for (const pair of CONTRAST_PAIRS) assert.equal(pair.minimum, /focus|border/.test(pair.foreground) ? 3 : 4.5, pair.foreground);
  assert.ok(CONTRAST_PAIRS.some((pair) => pair.foreground === '--stagekit-color-on-primary' && pair.background === '--stagekit-color-primary'));
});

test('contrast is WCAG’s formula; a bad pair is reported with a ratio rounded down', () => {
  assert.equal(contrastRatio('#000000', '#ffffff'), 21);
  assert.equal(contrastRatio('#ffffff', '#000000'), 21);
  assert.equal(contrastRatio('#777777', '#777777'), 1);
  assert.equal(contrastRatio('#767676', '#ffffff').toFixed(2), '4.54');
  assert.equal(contrastRatio('#777777', '#ffffff').toFixed(2), '4.48');
  assert.throws(() => contrastRatio('red', '#ffffff'));
  const bad = checkContrast({ '--stagekit-color-primary': '#ffcc00' }).filter((result) => !result.ok);
  assert.deepEqual(
    bad.map((result) => result.pair.foreground + ' / ' + result.pair.background),
    ['--stagekit-color-primary / --stagekit-color-background', '--stagekit-color-on-primary / --stagekit-color-primary'],
  );
  assert.equal(formatRatio(4.4999, 'nl'), '4,4:1');
  assert.equal(formatRatio(4.4999, 'en'), '4.4:1');
  // A token that is not valid counts as the widgets' own colour.
  assert.ok(checkContrast({ '--stagekit-color-text': 'not a colour' }).every((result) => result.ok));
});

test('token values are cleaned: colours #rrggbb, lengths in px, font names only; nothing that ends a declaration', () => {
  assert.equal(cleanTokenValue('--stagekit-color-primary', ' #AABBCC '), '#aabbcc');
  assert.equal(cleanTokenValue('--stagekit-radius', '6'), '6px');
  assert.equal(cleanTokenValue('--stagekit-radius', '2.5px'), '2.5px');
  assert.equal(cleanTokenValue('--stagekit-font-family', "  'Open Sans',   Arial, sans-serif "), "'Open Sans', Arial, sans-serif");
  for (const [name, bad] of [
    ['--stagekit-color-primary', '#fff'],
    ['--stagekit-color-primary', 'red'],
    ['--stagekit-color-primary', '#154273; background: url(x)'],
    ['--stagekit-radius', '100px'],
    ['--stagekit-radius', '2em'],
    ['--stagekit-radius', '-1'],
    ['--stagekit-font-family', 'Arial; color: red'],
    ['--stagekit-font-family', 'x} body {display:none'],
    ['--stagekit-font-family', 'url(https://evil.example/font)'],
    ['--stagekit-font-family', '\\"'],
    ['--stagekit-font-family', "','"],
    ['--stagekit-unknown', '#ffffff'],
  ] as const) {
    assert.equal(cleanTokenValue(name, bad), undefined, `${name}: ${bad}`);
  }
  assert.deepEqual(tokensToWrite({ '--stagekit-radius': '0', '--stagekit-color-primary': '#000000', '--stagekit-font-family': 'bad;', '--stagekit-nope': '#fff' }), [
    ['--stagekit-color-primary', '#000000'],
    ['--stagekit-radius', '0px'],
  ]);
});
