#!/usr/bin/env node
/**
 * Writes JSX types for React 19 from the Custom Elements Manifest:
 *
 *   packages/elements/custom-elements.json  →  packages/elements/dist/jsx.d.ts  (+ an empty dist/jsx.js)
 *
 * published as `stagekit/jsx`. For every `stagekit-*` tag it declares, in
 * `declare module 'react' { namespace JSX { interface IntrinsicElements { … } } }`:
 *
 * - every attribute under its attribute name (`stage-type`, `only-with-clause`): React 19 sets a
 *   name the element has no property for as an attribute (`true` → `""`, `false` → removed);
 * - the property behind an attribute under its camelCase name when that differs (`onlyWithClause`),
 *   and the properties documented with `@prop` that can be set (`input`, `plan`, `agreement`):
 *   React 19 sets a name the element has as a property, so objects and numbers arrive unchanged;
 * - every event as `on<event-name>` (`onstagekit-check`), which React 19 binds with
 *   addEventListener, typed from the global `HTMLElementEventMap` (the package augments it with
 *   every `stagekit-…` event, see src/internal/events.ts);
 * - React's own props (`key`, `ref` typed as the element class, `className`, `style`, `children`, …).
 *
 * Types: a property's type is the element class's own (`StagekitCompensationChecker['input']`), so it
 * cannot drift from the code; an attribute's type is the manifest's when it names only primitives
 * (`string`, `boolean`, string literals), else the property's, else `string`.
 *
 * Run after `custom-elements-manifest analyze` (the last step of `npm run build -w stagekit`).
 * No dependencies: plain Node. Usage: node scripts/gen-jsx-types.mjs
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const packageDir = join(root, 'packages/elements');
const manifestPath = join(packageDir, 'custom-elements.json');
const outDir = join(packageDir, 'dist');

if (!existsSync(manifestPath)) {
  console.error(`gen-jsx-types: ${relative(root, manifestPath)} is missing. Run \`npm run build -w stagekit\` first.`);
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));

/** The module specifier, relative to dist/, of the built file for a manifest path (`src/a/b.ts` → `./a/b.js`). */
function distSpecifier(modulePath) {
  const relativePath = posix.relative('src', modulePath.replace(/\\/g, '/')).replace(/\.tsx?$/, '.js');
  return relativePath.startsWith('.') ? relativePath : `./${relativePath}`;
}

/** Names given with `@prop` / `@property` in the class's JSDoc (the documented property-only API). */
function documentedProperties(modulePath, className) {
  const candidates = [join(packageDir, modulePath), join(outDir, modulePath.replace(/^src[\\/]/, '').replace(/\.tsx?$/, '.d.ts'))];
  const file = candidates.find((path) => existsSync(path));
  if (!file) return new Set();
  const text = readFileSync(file, 'utf8');
  const match = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*export\\s+(?:declare\\s+)?(?:abstract\\s+)?class\\s+${className}\\b`).exec(text);
  if (!match) return new Set();
  return new Set([...match[1].matchAll(/@prop(?:erty)?\s+(?:\{[^}]*\}\s+)?\[?([A-Za-z_$][\w$]*)/g)].map((found) => found[1]));
}

/** True when a manifest type text names only primitives and literals (safe to copy as is). */
function isPrimitiveType(text) {
  if (!text) return false;
  return text.split('|').every((part) => /^\s*(string|number|boolean|undefined|null|'[^']*'|"[^"]*"|-?\d+(\.\d+)?|true|false)\s*$/.test(part));
}

/** A primitive type text without `undefined`/`null` (an absent prop already means "not set"). */
function withoutNullish(text) {
  const parts = text.split('|').map((part) => part.trim()).filter((part) => part !== 'undefined' && part !== 'null');
  return parts.length ? parts.join(' | ') : 'string';
}

const camel = (name) => name.replace(/-([a-z0-9])/g, (_, letter) => letter.toUpperCase());
const key = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);

/** A JSDoc block for a prop, from the manifest's description (one paragraph, no comment terminators). */
function doc(text, indent) {
  if (!text) return '';
  const lines = String(text).replace(/\*\//g, '*\\/').trim().split(/\r?\n/);
  if (lines.length === 1) return `${indent}/** ${lines[0]} */\n`;
  return `${indent}/**\n${lines.map((line) => `${indent} * ${line}`.trimEnd()).join('\n')}\n${indent} */\n`;
}

/** The custom elements in the manifest: tag, class, module, attributes, properties, events. */
const elements = [];
for (const module of manifest.modules ?? []) {
  for (const declaration of module.declarations ?? []) {
    if (declaration.kind !== 'class' || !declaration.customElement || !declaration.tagName?.startsWith('stagekit-')) continue;
    const members = (declaration.members ?? []).filter((member) => member.kind === 'field' && !member.static);
    const publicMember = (name) => members.find((member) => member.name === name && (member.privacy ?? 'public') === 'public');
    const documented = documentedProperties(module.path, declaration.name);
    const className = declaration.name;
    const props = new Map();

    for (const attribute of declaration.attributes ?? []) {
      const fieldName = attribute.fieldName ?? (publicMember(camel(attribute.name)) ? camel(attribute.name) : undefined);
      const member = fieldName ? publicMember(fieldName) : undefined;
      const typeText = attribute.type?.text ?? member?.type?.text;
      const type = isPrimitiveType(typeText)
        ? withoutNullish(typeText)
        : member
          ? `AttributeValue<${className}[${JSON.stringify(fieldName)}]>`
          : 'string';
      const description = attribute.description ?? member?.description;
      props.set(attribute.name, { type, description: description ? `Attribute \`${attribute.name}\`. ${description}` : `Attribute \`${attribute.name}\`.` });
      if (member && fieldName !== attribute.name && !member.readonly && !props.has(fieldName)) {
        props.set(fieldName, { type: `${className}[${JSON.stringify(fieldName)}]`, description: `Property \`${fieldName}\` (attribute \`${attribute.name}\`). ${description ?? ''}`.trim() });
      }
    }
    for (const name of documented) {
      const member = publicMember(name);
      if (!member || member.readonly || props.has(name)) continue;
      props.set(name, { type: `${className}[${JSON.stringify(name)}]`, description: `Property \`${name}\` (set as a property, not an attribute). ${member.description ?? ''}`.trim() });
    }

    const events = [...new Map((declaration.events ?? []).filter((event) => event.name).map((event) => [event.name, event])).values()];
    elements.push({ tag: declaration.tagName, className, module: module.path, description: declaration.summary ?? declaration.description, props, events });
  }
}
elements.sort((a, b) => a.tag.localeCompare(b.tag));

if (elements.length === 0) {
  console.error('gen-jsx-types: the manifest lists no stagekit-* element.');
  process.exit(1);
}

const propsName = (element) => `${element.className}Props`;
const lines = [];
lines.push(
  '// Generated by scripts/gen-jsx-types.mjs from custom-elements.json. Do not edit: change the JSDoc in the',
  '// element sources and rebuild (`npm run build -w stagekit`).',
  '/**',
  ' * JSX types for the Stagekit elements in React 19. Load them once in a TypeScript project:',
  ' *',
  " *     import type {} from 'stagekit/jsx';",
  ' *',
  ' * or add `"stagekit/jsx"` to `compilerOptions.types`. They only describe what React 19 already does',
  ' * with custom elements: a prop the element has as a property is set as that property (objects and',
  ' * numbers unchanged), any other prop becomes an attribute, and `on<event-name>` (`onstagekit-check`)',
  ' * is added with addEventListener. Define the tags as usual (`import \'stagekit/<widget>/define.js\'`',
  ' * or the CDN autoloader); these types define nothing.',
  ' */',
  "import type * as React from 'react';",
  "import type {} from './internal/events.js';",
);
const imports = new Map();
for (const element of elements) {
  const specifier = distSpecifier(element.module);
  imports.set(specifier, [...(imports.get(specifier) ?? []), element.className]);
}
for (const [specifier, names] of imports) lines.push(`import type { ${names.join(', ')} } from '${specifier}';`);
lines.push(
  '',
  '/** The event that a `stagekit-…` name stands for, from the global `HTMLElementEventMap`. */',
  'export type StagekitEvent<K extends string> = K extends keyof HTMLElementEventMap ? HTMLElementEventMap[K] : Event;',
  '',
  '/** What an attribute accepts for a property of type `T` (React writes the value with setAttribute). */',
  'type AttributeValue<T> = [NonNullable<T>] extends [boolean] ? boolean : [NonNullable<T>] extends [number] ? number | `${number}` : NonNullable<T>;',
  '',
  "/** React's own props for element `E` (key, ref, className, style, children, aria-*, …), below the element's props `P`. */",
  'export type StagekitElementProps<E extends HTMLElement, P> = Omit<React.DetailedHTMLProps<React.HTMLAttributes<E>, E>, keyof P> & P;',
);
for (const element of elements) {
  lines.push('', doc(`Props of \`<${element.tag}>\`${element.description ? `: ${element.description}` : '.'}`, '').trimEnd(), `export interface ${propsName(element)} {`);
  for (const [name, prop] of element.props) {
    lines.push(`${doc(prop.description, '  ')}  ${key(name)}?: ${prop.type};`);
  }
  for (const event of element.events) {
    const description = `Event \`${event.name}\` (added with addEventListener).${event.description ? ` ${event.description}` : ''}`;
    lines.push(`${doc(description, '  ')}  ${key(`on${event.name}`)}?: (event: StagekitEvent<'${event.name}'>) => void;`);
  }
  lines.push('}');
}
lines.push('', '/** Every Stagekit tag with its JSX props (also usable for other JSX runtimes). */', 'export interface StagekitIntrinsicElements {');
for (const element of elements) lines.push(`  '${element.tag}': StagekitElementProps<${element.className}, ${propsName(element)}>;`);
lines.push('}', '', "declare module 'react' {", '  namespace JSX {', '    interface IntrinsicElements {');
for (const element of elements) lines.push(`      '${element.tag}': StagekitElementProps<${element.className}, ${propsName(element)}>;`);
lines.push('    }', '  }', '}', '');

mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'jsx.d.ts'), lines.join('\n').replace(/\n{3,}/g, '\n\n'));
// A module to resolve to at run time too (`import 'stagekit/jsx'` must not break a bundler); it is empty.
writeFileSync(join(outDir, 'jsx.js'), '// Types only: see jsx.d.ts. Importing this defines nothing.\nexport {};\n');
console.log(`gen-jsx-types: ${elements.map((element) => element.tag).join(', ')} → ${relative(root, join(outDir, 'jsx.d.ts'))}`);
