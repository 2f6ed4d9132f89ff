import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributeHtml, autoloaderUrlFor, buildCssRule, buildSnippet, elementHtml, escapeAttributeValue, MAX_LINE, SnippetError, styleDeclarations } from '../../portal/embed/snippet.ts';
import { HOSTILE_TEXTS } from '../fixtures/report/helpers.ts';

const SRC = 'https://stagekit.example.nl/cdn/autoloader.js';

/** Reads back a quoted attribute value as an HTML parser does for the references we write. */
function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|#10|#13|#9);/g, (_all, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#10': '\n', '#13': '\r', '#9': '\t' })[name]!);
}

/** The attributes of the first start tag of `tag` in `html`: a small reader for what buildSnippet writes. */
function readAttributes(html: string, tag: string): Map<string, string> {
  const start = html.indexOf(`<${tag}`);
  assert.ok(start >= 0, `no <${tag}>`);
  const attributes = new Map<string, string>();
  const pattern = /\s+([a-z][a-z0-9-]*)(?:=(?:"([^"]*)"|'([^']*)'))?|\s*(>)/gy;
  pattern.lastIndex = start + tag.length + 1;
  for (let match = pattern.exec(html); match; match = pattern.exec(html)) {
    if (match[4]) return attributes;
    attributes.set(match[1]!, decode(match[2] ?? match[3] ?? ''));
  }
  assert.fail(`the <${tag}> start tag does not end where expected`);
}

test('the snippet is exactly one module script for the absolute autoloader URL, then the element', () => {
  const snippet = buildSnippet({ autoloaderSrc: SRC, tag: 'stagekit-cao-lookup', attributes: [['lang', 'nl'], ['level', 'mbo'], ['only-with-clause', true]], tokens: [] });
  assert.equal(
    snippet,
    `<script type="module" src="${SRC}"></script>\n<stagekit-cao-lookup lang="nl" level="mbo" only-with-clause></stagekit-cao-lookup>\n`,
  );
  assert.equal(snippet.match(/<script\b/g)?.length, 1);
  assert.equal(snippet.match(/<\/script>/g)?.length, 1);
});

test('an element without attributes, and the autoloader URL made from the page’s place', () => {
  assert.equal(elementHtml('stagekit-report-form', []), '<stagekit-report-form></stagekit-report-form>');
  assert.equal(autoloaderUrlFor('https://portal.example/insluiten/', 1), 'https://portal.example/cdn/autoloader.js');
  assert.equal(autoloaderUrlFor('https://portal.example/en/embed/', 2), 'https://portal.example/cdn/autoloader.js');
  assert.equal(autoloaderUrlFor('https://example.org/stagekit/insluiten/index.html?x=1#y', 1), 'https://example.org/stagekit/cdn/autoloader.js');
});

test('only absolute http(s) autoloader URLs, real element and attribute names', () => {
  for (const bad of ['cdn/autoloader.js', '/cdn/autoloader.js', 'javascript:alert(1)', 'data:text/javascript,alert(1)', '']) {
    assert.throws(() => buildSnippet({ autoloaderSrc: bad, tag: 'stagekit-cao-lookup', attributes: [], tokens: [] }), SnippetError, bad);
  }
  assert.throws(() => elementHtml('div', []), SnippetError);
  assert.throws(() => elementHtml('stagekit-x><script', []), SnippetError);
  assert.throws(() => attributeHtml('onclick="x"', 'y'), SnippetError);
  assert.throws(() => attributeHtml('a b', 'y'), SnippetError);
  assert.throws(() => elementHtml('stagekit-cao-lookup', [['style', 'color:red']]), SnippetError, 'style only from the tokens');
  // The URL is written as the URL parser normalises it, and escaped.
  assert.equal(buildSnippet({ autoloaderSrc: 'https://x.example/a b/cdn/autoloader.js?a=1&b="2"', tag: 'stagekit-cao-lookup', attributes: [], tokens: [] }).split('\n')[0], '<script type="module" src="https://x.example/a%20b/cdn/autoloader.js?a=1&amp;b=%222%22"></script>');
});

test('attribute values are escaped: &, <, >, quotes and line breaks; hostile text stays text', () => {
  assert.equal(escapeAttributeValue('a & b < c > d " e \' f'), 'a &amp; b &lt; c &gt; d &quot; e \' f');
  assert.equal(escapeAttributeValue('it\'s "x"', "'"), 'it&#39;s "x"');
  assert.equal(attributeHtml('meldpunt-name', 'Meldpunt "Stage" & co'), "meldpunt-name='Meldpunt \"Stage\" &amp; co'");
  assert.equal(attributeHtml('meldpunt-name', 'ROC\'s "meldpunt"'), 'meldpunt-name="ROC\'s &quot;meldpunt&quot;"');
  assert.equal(attributeHtml('query', 'line 1\nline 2\tend'), 'query="line 1&#10;line 2&#9;end"');
  for (const hostile of [...HOSTILE_TEXTS, '&amp; already escaped', '&#x3C;script&#x3E;', '"\'"\'', '</stagekit-cao-lookup><script>alert(1)</script>']) {
    const snippet = buildSnippet({ autoloaderSrc: SRC, tag: 'stagekit-cao-lookup', attributes: [['query', hostile], ['lang', 'nl']], tokens: [] });
    assert.equal(readAttributes(snippet, 'stagekit-cao-lookup').get('query'), hostile, hostile);
    assert.equal(snippet.match(/<script\b/g)?.length, 1, `one script tag with ${hostile}`);
    assert.ok(!/<(img|svg|script)[\s>]/.test(snippet.split('\n').slice(1).join('\n')), `no tag from ${hostile}`);
  }
});

test('a JSON public key is written in single quotes, readable, and reads back the same', () => {
  const key = JSON.stringify({ kty: 'EC', crv: 'P-256', x: 'abc_-1', y: 'def_-2', kid: 'stagekit-2026' });
  const snippet = buildSnippet({ autoloaderSrc: SRC, tag: 'stagekit-report-form', attributes: [['endpoint', 'https://meldpunt.example/api?a=1&b=2'], ['public-key', key]], tokens: [] });
  assert.ok(snippet.includes(`public-key='${key}'`), snippet);
  assert.ok(snippet.includes('endpoint="https://meldpunt.example/api?a=1&amp;b=2"'));
  const attributes = readAttributes(snippet, 'stagekit-report-form');
  assert.equal(attributes.get('public-key'), key);
  assert.equal(attributes.get('endpoint'), 'https://meldpunt.example/api?a=1&b=2');
});

test('theme tokens go into one style attribute, and into a CSS rule for strict CSP sites', () => {
  const tokens: [string, string][] = [
    ['--stagekit-color-primary', '#154273'],
    ['--stagekit-font-family', "'RijksoverheidSansWebText', Verdana, sans-serif"],
    ['--stagekit-radius', '0px'],
  ];
  assert.equal(styleDeclarations(tokens), "--stagekit-color-primary: #154273; --stagekit-font-family: 'RijksoverheidSansWebText', Verdana, sans-serif; --stagekit-radius: 0px");
  const snippet = buildSnippet({ autoloaderSrc: SRC, tag: 'stagekit-compensation-checker', attributes: [['mode', 'badge']], tokens });
  assert.equal(readAttributes(snippet, 'stagekit-compensation-checker').get('style'), styleDeclarations(tokens));
  assert.equal(
    buildCssRule('stagekit-compensation-checker', tokens),
    "stagekit-compensation-checker {\n  --stagekit-color-primary: #154273;\n  --stagekit-font-family: 'RijksoverheidSansWebText', Verdana, sans-serif;\n  --stagekit-radius: 0px;\n}\n",
  );
  assert.equal(buildCssRule('stagekit-compensation-checker', []), '');
  // A value that could end the declaration or the rule is refused, never written.
  for (const bad of ['red; background: url(x)', '#fff}', 'a\\62', '<x>', ' ']) {
    assert.throws(() => styleDeclarations([['--stagekit-color-primary', bad]]), SnippetError, bad);
    assert.throws(() => buildCssRule('stagekit-cao-lookup', [['--stagekit-color-primary', bad]]), SnippetError, bad);
  }
  assert.throws(() => styleDeclarations([['color', 'red']]), SnippetError, 'custom properties only');
});

test('short elements stay on one line; long ones get one attribute per line, the same attributes', () => {
  const attributes: [string, string][] = [
    ['lang', 'nl'],
    ['mode', 'badge'],
    ['cao', 'cao-horeca'],
    ['level', 'mbo-bol'],
    ['stage-type', 'practice'],
    ['hours', '32'],
    ['age', '19'],
    ['location', 'nl'],
    ['offered', '350,50'],
  ];
  const html = elementHtml('stagekit-compensation-checker', attributes, [['--stagekit-radius', '2px']]);
  const lines = html.split('\n');
  assert.equal(lines[0], '<stagekit-compensation-checker');
  assert.equal(lines.at(-1), '></stagekit-compensation-checker>');
  assert.deepEqual(lines.slice(1, -1), [...attributes.map(([name, value]) => `  ${name}="${value}"`), '  style="--stagekit-radius: 2px"']);
  const read = readAttributes(html, 'stagekit-compensation-checker');
  assert.deepEqual([...read.keys()], [...attributes.map(([name]) => name), 'style']);
  const short = elementHtml('stagekit-cao-lookup', [['lang', 'en']]);
  assert.ok(short.length <= MAX_LINE && !short.includes('\n'));
});
