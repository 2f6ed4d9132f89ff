/// <reference types="vite/client" />
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import manifest from 'stagekit/custom-elements.json';
import { elementsOf } from '../.storybook/manifest.ts';
import 'stagekit/cao-lookup/define.js';
import 'stagekit/compensation-checker/define.js';

/**
 * The public design tokens: every `--stagekit-*` custom property the elements' styles read, with its
 * default. The list is read from the style sources themselves (`packages/elements/src/**\/*.styles.ts`,
 * at build time), so it cannot miss one; the descriptions come from the Custom Elements Manifest
 * (`@cssprop` tags). A token in the styles that no element documents is marked as such.
 */
const STYLE_SOURCES = import.meta.glob<string>('../packages/elements/src/**/*.styles.ts', { query: '?raw', import: 'default', eager: true });

/** Folder of a style file → the element that uses it; `internal` styles are shared by every element. */
const ELEMENT_OF_FOLDER: Record<string, string> = {
  'cao-lookup': 'stagekit-cao-lookup',
  'compensation-checker': 'stagekit-compensation-checker',
  'schedule-planner': 'stagekit-schedule-planner',
  'agreement-builder': 'stagekit-agreement-builder',
  'report-form': 'stagekit-report-form',
};

interface Token {
  name: string;
  fallback: string;
  /** Elements whose styles read it ('all' for the shared styles). */
  usedBy: Set<string>;
  description?: string;
}

function collectTokens(): Token[] {
  const tokens = new Map<string, Token>();
  for (const [path, source] of Object.entries(STYLE_SOURCES)) {
    const folder = /\/src\/([^/]+)\//.exec(path)?.[1] ?? '';
    const element = ELEMENT_OF_FOLDER[folder] ?? 'all';
    for (const match of source.matchAll(/var\(\s*(--stagekit-[a-z0-9-]+)\s*(?:,\s*([^)]*))?\)/g)) {
      const name = match[1]!;
      const token = tokens.get(name) ?? { name, fallback: (match[2] ?? '').trim(), usedBy: new Set<string>() };
      token.usedBy.add(element);
      tokens.set(name, token);
    }
  }
  for (const declaration of elementsOf(manifest)) {
    for (const property of declaration.cssProperties ?? []) {
      const token = tokens.get(property.name);
      if (token) token.description ??= property.description;
    }
  }
  return [...tokens.values()].sort((a, b) => Number(b.usedBy.has('all')) - Number(a.usedBy.has('all')) || a.name.localeCompare(b.name));
}

const isColour = (value: string) => /^#[0-9a-f]{3,8}$/i.test(value) || /^(rgb|hsl)a?\(/i.test(value);

const tableStyles = html`<style>
  .tokens { border-collapse: collapse; font: 14px/1.4 system-ui, sans-serif; color: #1a1a1a; }
  .tokens caption { text-align: start; font-weight: 600; padding-block-end: 0.5rem; }
  .tokens th, .tokens td { border-block-end: 1px solid #6e6e6e; padding: 0.4rem 0.6rem; text-align: start; vertical-align: top; }
  .tokens code { font-size: 13px; white-space: nowrap; }
  .swatch { display: inline-block; inline-size: 1.5rem; block-size: 1.5rem; border: 1px solid #6e6e6e; border-radius: 4px; vertical-align: middle; margin-inline-end: 0.4rem; }
  .undocumented { color: #7a1f1f; }
</style>`;

function tokenTable() {
  const tokens = collectTokens();
  return html`${tableStyles}
    <table class="tokens">
      <caption>
        ${tokens.length} public custom properties (set them on the element or any ancestor)
      </caption>
      <thead>
        <tr>
          <th scope="col">Custom property</th>
          <th scope="col">Default</th>
          <th scope="col">Used by</th>
          <th scope="col">Description (manifest)</th>
        </tr>
      </thead>
      <tbody>
        ${tokens.map(
          (token) => html`<tr>
            <th scope="row"><code>${token.name}</code></th>
            <td>
              ${isColour(token.fallback) ? html`<span class="swatch" style="background: ${token.fallback}" aria-hidden="true"></span>` : nothing}<code
                >${token.fallback || '—'}</code
              >
            </td>
            <td>${token.usedBy.has('all') ? 'every element' : [...token.usedBy].join(', ')}</td>
            <td>
              ${token.description ?? html`<span class="undocumented">Not documented: no element lists it as <code>@cssprop</code>.</span>`}
            </td>
          </tr>`,
        )}
      </tbody>
    </table>`;
}

const meta = {
  title: 'Design tokens',
  tags: ['!autodocs'],
  parameters: { layout: 'padded', controls: { disable: true }, actions: { disable: true } },
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** Every `--stagekit-*` custom property, its default (with a swatch for colours), which elements read it, and its description from the manifest. */
export const CustomProperties: Story = {
  name: 'Custom properties',
  render: () => tokenTable(),
};

/**
 * The same elements with a few tokens set on a wrapper: a different accent, font and corner radius.
 * The colours here keep a contrast of at least 4.5:1 with white and with each other's text.
 */
export const Themed: Story = {
  name: 'Themed example',
  render: () => html`<div
    style="--stagekit-color-primary: #5b2a86; --stagekit-color-focus: #0b6e4f; --stagekit-color-highlight: #f1eaf8; --stagekit-radius: 12px; --stagekit-font-family: Georgia, serif; display: grid; gap: 1.5rem"
  >
    <stagekit-compensation-checker
      mode="badge"
      date="2026-03-01"
      cao="cao-jeugdzorg"
      level="hbo"
      stage-type="practice"
      hours="32"
      age="20"
      location="nl"
      offered="400"
    ></stagekit-compensation-checker>
    <stagekit-cao-lookup storage="memory" query="horeca"></stagekit-cao-lookup>
  </div>`,
};
