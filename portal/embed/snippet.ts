/**
 * The code an integrator pastes: one script tag for the CDN autoloader and the element with its
 * attributes and theme tokens; and the same tokens as a CSS rule for sites whose
 * Content-Security-Policy blocks inline styles. Pure: no Lit, no DOM.
 */

export type AttributeValue = string | true;

export interface SnippetInput {
  /** Absolute http(s) URL of `cdn/autoloader.js`. */
  readonly autoloaderSrc: string;
  /** A custom element name, e.g. `stagekit-cao-lookup`. */
  readonly tag: string;
  /** In the order to write them; `true` is an attribute without a value. */
  readonly attributes: readonly (readonly [string, AttributeValue])[];
  /** Custom properties, e.g. `['--stagekit-color-primary', '#154273']`. */
  readonly tokens: readonly (readonly [string, string])[];
}

/** Lines longer than this put each attribute on its own line. */
export const MAX_LINE = 100;

const TAG = /^[a-z][a-z0-9]*-[a-z0-9-]+$/;
const ATTRIBUTE = /^[a-z][a-z0-9-]*$/;
const CUSTOM_PROPERTY = /^--[a-z0-9-]+$/;

export class SnippetError extends Error {
  override readonly name = 'SnippetError';
}

/**
 * Text for a quoted attribute value: `&` always, `<` and `>` too (harmless, and no reader can take
 * them for a tag), white space that would break the line as character references, and the quote
 * that encloses the value.
 */
export function escapeAttributeValue(value: string, quote: '"' | "'" = '"'): string {
  let text = value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
  text = quote === '"' ? text.replace(/"/g, '&quot;') : text.replace(/'/g, '&#39;');
  return text;
}

/**
 * One attribute as HTML: `name`, `name="value"`, or `name='value'` when the value holds double
 * quotes and no single ones (a JSON public key stays readable).
 */
export function attributeHtml(name: string, value: AttributeValue): string {
  if (!ATTRIBUTE.test(name)) throw new SnippetError(`not an attribute name: ${name}`);
  if (value === true) return name;
  const quote = value.includes('"') && !value.includes("'") ? "'" : '"';
  return `${name}=${quote}${escapeAttributeValue(value, quote)}${quote}`;
}

/** The value of a `style` attribute: `--a: x; --b: y`. */
export function styleDeclarations(tokens: SnippetInput['tokens']): string {
  return tokens.map(([name, value]) => declaration(name, value)).join('; ');
}

function declaration(name: string, value: string): string {
  if (!CUSTOM_PROPERTY.test(name)) throw new SnippetError(`not a custom property: ${name}`);
  if (/[;{}\\<>]/.test(value) || !value.trim()) throw new SnippetError(`not a safe value for ${name}: ${value}`);
  return `${name}: ${value.trim()}`;
}

/** The script tag for the autoloader; only absolute http(s) URLs. */
export function scriptTag(autoloaderSrc: string): string {
  let url: URL;
  try {
    url = new URL(autoloaderSrc);
  } catch {
    throw new SnippetError(`not an absolute URL: ${autoloaderSrc}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new SnippetError(`not an http(s) URL: ${autoloaderSrc}`);
  return `<script type="module" ${attributeHtml('src', url.href)}></script>`;
}

/** The element: on one line when short, else one attribute per line. */
export function elementHtml(tag: string, attributes: SnippetInput['attributes'], tokens: SnippetInput['tokens'] = []): string {
  if (!TAG.test(tag)) throw new SnippetError(`not a custom element name: ${tag}`);
  const parts = attributes.map(([name, value]) => {
    if (name === 'style') throw new SnippetError('the style attribute comes from the tokens');
    return attributeHtml(name, value);
  });
  if (tokens.length) parts.push(attributeHtml('style', styleDeclarations(tokens)));
  const oneLine = `<${tag}${parts.map((part) => ` ${part}`).join('')}></${tag}>`;
  if (oneLine.length <= MAX_LINE || parts.length === 0) return oneLine;
  return `<${tag}\n${parts.map((part) => `  ${part}`).join('\n')}\n></${tag}>`;
}

/** The whole snippet: exactly one script tag, then the element. */
export function buildSnippet(input: SnippetInput): string {
  return `${scriptTag(input.autoloaderSrc)}\n${elementHtml(input.tag, input.attributes, input.tokens)}\n`;
}

/** The tokens as a CSS rule for the element (for a stylesheet file); empty when there are none. */
export function buildCssRule(tag: string, tokens: SnippetInput['tokens']): string {
  if (!TAG.test(tag)) throw new SnippetError(`not a custom element name: ${tag}`);
  if (!tokens.length) return '';
  return `${tag} {\n${tokens.map(([name, value]) => `  ${declaration(name, value)};`).join('\n')}\n}\n`;
}

/**
 * The autoloader next to the portal: `cdn/autoloader.js` at the site's root, from a page `depth`
 * folders deep (the embed page is 1 deep in Dutch, `insluiten/`, and 2 in English, `en/embed/`).
 */
export function autoloaderUrlFor(pageUrl: string, depth: number): string {
  return new URL(`${'../'.repeat(Math.max(0, depth))}cdn/autoloader.js`, pageUrl).href;
}
