/**
 * The theme the configurator offers: the widgets' public design tokens (CSS custom properties read
 * by every widget, see packages/elements/src/internal/shared.styles.ts), presets in the style of
 * NL Design System themes, and WCAG contrast. Pure: no Lit, no DOM. test/node/embed-themes.test.ts
 * checks that every token exists in the custom-elements manifest and the shared styles, that the
 * defaults here are the widgets' own, and that every preset meets WCAG 2.2 AA contrast.
 */
import type { Lang, Text } from './widget-options.js';

export type TokenKind = 'color' | 'font' | 'length';

export interface ThemeToken {
  /** The custom property, e.g. `--stagekit-color-primary`. */
  readonly name: string;
  readonly kind: TokenKind;
  readonly label: Text;
  /** The widgets' own value when the token is not set (shared.styles.ts). */
  readonly fallback: string;
}

const t = (nl: string, en: string): Text => ({ nl, en });

/** The tokens offered, in the order shown. Colours first, then font and corners. */
export const THEME_TOKENS: readonly ThemeToken[] = [
  { name: '--stagekit-color-primary', kind: 'color', label: t('Hoofdkleur (knoppen, links)', 'Main colour (buttons, links)'), fallback: '#154273' },
  { name: '--stagekit-color-on-primary', kind: 'color', label: t('Tekst op de hoofdkleur', 'Text on the main colour'), fallback: '#ffffff' },
  { name: '--stagekit-color-text', kind: 'color', label: t('Tekst', 'Text'), fallback: '#1a1a1a' },
  { name: '--stagekit-color-text-muted', kind: 'color', label: t('Uitlegtekst', 'Secondary text'), fallback: '#4d4d4d' },
  { name: '--stagekit-color-background', kind: 'color', label: t('Achtergrond', 'Background'), fallback: '#ffffff' },
  { name: '--stagekit-color-border', kind: 'color', label: t('Randen van velden', 'Borders of fields'), fallback: '#6e6e6e' },
  { name: '--stagekit-color-focus', kind: 'color', label: t('Focusrand (toetsenbord)', 'Focus ring (keyboard)'), fallback: '#b34700' },
  { name: '--stagekit-color-highlight', kind: 'color', label: t('Achtergrond van het gekozen resultaat', 'Background of the active result'), fallback: '#e8eef6' },
  { name: '--stagekit-color-error', kind: 'color', label: t('Foutmeldingen', 'Error messages'), fallback: '#a4262c' },
  { name: '--stagekit-font-family', kind: 'font', label: t('Lettertype', 'Font'), fallback: 'inherit' },
  { name: '--stagekit-radius', kind: 'length', label: t('Ronde hoeken (pixels)', 'Rounded corners (pixels)'), fallback: '4px' },
];

export type TokenValues = Readonly<Record<string, string>>;

export interface ThemePreset {
  readonly id: string;
  readonly label: Text;
  readonly description: Text;
  /** The tokens it sets; the rest keep the widgets' own values. */
  readonly tokens: TokenValues;
}

/**
 * Presets that look like common NL Design System themes (not the official themes: their fonts
 * need a licence, and the colours are close, not copied). Every one meets WCAG 2.2 AA.
 */
export const THEME_PRESETS: readonly ThemePreset[] = [
  {
    id: 'standard',
    label: t('Stagekit (standaard)', 'Stagekit (default)'),
    description: t('De eigen kleuren van de onderdelen. Er komt geen stijl in de code.', 'The widgets’ own colours. No style is added to the code.'),
    tokens: {},
  },
  {
    id: 'rijkshuisstijl',
    label: t('Rijkshuisstijl-achtig (donkerblauw)', 'Rijkshuisstijl-like (dark blue)'),
    description: t('Lintblauw, zwarte tekst, rechte hoeken, Verdana.', 'Dark ribbon blue, black text, square corners, Verdana.'),
    tokens: {
      '--stagekit-color-primary': '#154273',
      '--stagekit-color-on-primary': '#ffffff',
      '--stagekit-color-text': '#000000',
      '--stagekit-color-text-muted': '#535353',
      '--stagekit-color-background': '#ffffff',
      '--stagekit-color-border': '#696969',
      '--stagekit-color-focus': '#01689b',
      '--stagekit-color-highlight': '#dde6ef',
      '--stagekit-color-error': '#b7211a',
      '--stagekit-font-family': "'RijksoverheidSansWebText', Verdana, Arial, sans-serif",
      '--stagekit-radius': '0px',
    },
  },
  {
    id: 'utrecht',
    label: t('Utrecht-achtig (rood)', 'Utrecht-like (red)'),
    description: t('Rood als hoofdkleur, zwarte tekst, bijna rechte hoeken.', 'Red as main colour, black text, nearly square corners.'),
    tokens: {
      '--stagekit-color-primary': '#cc0000',
      '--stagekit-color-on-primary': '#ffffff',
      '--stagekit-color-text': '#000000',
      '--stagekit-color-text-muted': '#545454',
      '--stagekit-color-background': '#ffffff',
      '--stagekit-color-border': '#595959',
      '--stagekit-color-focus': '#000000',
      '--stagekit-color-highlight': '#fbe9e9',
      '--stagekit-color-error': '#a30000',
      '--stagekit-font-family': "'Open Sans', Arial, sans-serif",
      '--stagekit-radius': '2px',
    },
  },
  {
    id: 'contrast',
    label: t('Neutraal, hoog contrast', 'Neutral, high contrast'),
    description: t('Zwart op wit, dikke contrasten, het lettertype van het apparaat.', 'Black on white, strong contrast, the device’s own font.'),
    tokens: {
      '--stagekit-color-primary': '#000000',
      '--stagekit-color-on-primary': '#ffffff',
      '--stagekit-color-text': '#000000',
      '--stagekit-color-text-muted': '#333333',
      '--stagekit-color-background': '#ffffff',
      '--stagekit-color-border': '#000000',
      '--stagekit-color-focus': '#0047ab',
      '--stagekit-color-highlight': '#e6e6e6',
      '--stagekit-color-error': '#9e0000',
      '--stagekit-font-family': 'system-ui, sans-serif',
      '--stagekit-radius': '0px',
    },
  },
];

export function presetById(id: string): ThemePreset | undefined {
  return THEME_PRESETS.find((preset) => preset.id === id);
}

export function tokenByName(name: string): ThemeToken | undefined {
  return THEME_TOKENS.find((token) => token.name === name);
}

const HEX_COLOR = /^#[0-9a-f]{6}$/i;
const LENGTH = /^(\d{1,2})(\.\d{1,2})?px$/;
/** Font family names: letters, digits, spaces, commas, quotes, dots, dashes. Nothing that ends a declaration. */
const FONT = /^[\p{L}\p{N} ,'"._-]{1,200}$/u;

/**
 * A token value the code may hold, or undefined: colours `#rrggbb` (lower-case), lengths in
 * pixels up to 99, font stacks without `;`, braces, brackets or backslashes.
 */
export function cleanTokenValue(name: string, value: string): string | undefined {
  const token = tokenByName(name);
  if (!token) return undefined;
  const text = value.trim();
  if (token.kind === 'color') return HEX_COLOR.test(text) ? text.toLowerCase() : undefined;
  if (token.kind === 'length') {
    const px = /^\d{1,2}(\.\d{1,2})?$/.test(text) ? `${text}px` : text;
    return LENGTH.test(px) ? px : undefined;
  }
  return FONT.test(text) && /[\p{L}\p{N}]/u.test(text) ? text.replace(/\s+/g, ' ') : undefined;
}

/**
 * The tokens to write, in THEME_TOKENS order: every valid value that is set. (A preset's values are
 * all written, also one that equals the widgets' own, so that tokens a page sets for the whole page
 * cannot half-change the preset.)
 */
export function tokensToWrite(values: TokenValues): [string, string][] {
  const result: [string, string][] = [];
  for (const token of THEME_TOKENS) {
    const raw = values[token.name];
    if (raw === undefined) continue;
    const value = cleanTokenValue(token.name, raw);
    if (value !== undefined) result.push([token.name, value]);
  }
  return result;
}

// --- Contrast (WCAG 2.2, 1.4.3 and 1.4.11) ---

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance of `#rrggbb`. */
export function luminance(hex: string): number {
  if (!HEX_COLOR.test(hex)) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16)) as [number, number, number];
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** The contrast ratio of two colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

export interface ContrastPair {
  readonly foreground: string;
  readonly background: string;
  /** 4.5 for text (1.4.3 AA), 3 for focus rings and field borders (1.4.11). */
  readonly minimum: number;
  readonly label: Text;
}

/** The pairs of tokens the widgets put on top of each other. */
export const CONTRAST_PAIRS: readonly ContrastPair[] = [
  { foreground: '--stagekit-color-text', background: '--stagekit-color-background', minimum: 4.5, label: t('Tekst op de achtergrond', 'Text on the background') },
  { foreground: '--stagekit-color-text-muted', background: '--stagekit-color-background', minimum: 4.5, label: t('Uitlegtekst op de achtergrond', 'Secondary text on the background') },
  { foreground: '--stagekit-color-primary', background: '--stagekit-color-background', minimum: 4.5, label: t('Links en knoppen op de achtergrond', 'Links and buttons on the background') },
  { foreground: '--stagekit-color-on-primary', background: '--stagekit-color-primary', minimum: 4.5, label: t('Tekst op de hoofdkleur', 'Text on the main colour') },
  { foreground: '--stagekit-color-error', background: '--stagekit-color-background', minimum: 4.5, label: t('Foutmelding op de achtergrond', 'Error on the background') },
  { foreground: '--stagekit-color-text', background: '--stagekit-color-highlight', minimum: 4.5, label: t('Tekst op het gekozen resultaat', 'Text on the active result') },
  { foreground: '--stagekit-color-text-muted', background: '--stagekit-color-highlight', minimum: 4.5, label: t('Uitlegtekst op het gekozen resultaat', 'Secondary text on the active result') },
  { foreground: '--stagekit-color-focus', background: '--stagekit-color-background', minimum: 3, label: t('Focusrand op de achtergrond', 'Focus ring on the background') },
  { foreground: '--stagekit-color-border', background: '--stagekit-color-background', minimum: 3, label: t('Randen van velden op de achtergrond', 'Field borders on the background') },
];

export interface ContrastResult {
  readonly pair: ContrastPair;
  readonly ratio: number;
  readonly ok: boolean;
}

/** Every pair with the colours in effect (a token not set, or not valid, has the widgets' own value). */
export function checkContrast(values: TokenValues): ContrastResult[] {
  const color = (name: string) => cleanTokenValue(name, values[name] ?? '') ?? tokenByName(name)!.fallback;
  return CONTRAST_PAIRS.map((pair) => {
    const ratio = contrastRatio(color(pair.foreground), color(pair.background));
    return { pair, ratio, ok: ratio >= pair.minimum };
  });
}

/** "4.5:1" / "4,5:1", rounded down so a ratio just under the minimum never reads as the minimum. */
export function formatRatio(ratio: number, lang: Lang): string {
  const shown = Math.floor(ratio * 10) / 10;
  return `${shown.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 })}:1`;
}
