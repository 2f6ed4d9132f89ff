import MagicString from 'magic-string';
import type { Plugin } from 'vite';

interface AstNode {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

function walk(node: unknown, visit: (node: AstNode) => void): void {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) return node.forEach((child) => walk(child, visit));
  if (typeof (node as AstNode).type === 'string') visit(node as AstNode);
  for (const value of Object.values(node)) if (value && typeof value === 'object') walk(value, visit);
}

/**
 * Collapses the indentation inside Lit `html` templates of our own sources to one newline, which
 * renders the same (HTML folds white space) and which the JavaScript minifier cannot do: it does not
 * know the strings are HTML. Templates holding <pre> or <textarea>, where white space shows, are left
 * alone. Expressions inside `${…}` are never touched: only the template's literal text parts are.
 */
export function minifyHtmlTemplates(): Plugin {
  return {
    name: 'stagekit-minify-html-templates',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0]!;
      if (!/[\\/]packages[\\/]elements[\\/]src[\\/].*\.ts$/.test(file) || !code.includes('html`')) return null;
      const output = new MagicString(code);
      let changed = false;
      walk(this.parse(code, { lang: 'ts' }), (node) => {
        if (node.type !== 'TaggedTemplateExpression') return;
        const tag = node['tag'] as AstNode & { name?: string };
        if (tag.type !== 'Identifier' || tag.name !== 'html') return;
        const quasis = (node['quasi'] as { quasis: AstNode[] }).quasis;
        const raws = quasis.map((quasi) => code.slice(quasi.start, quasi.end));
        if (raws.some((raw) => /<(pre|textarea)\b/i.test(raw))) return;
        quasis.forEach((quasi, index) => {
          const text = raws[index]!.replace(/[ \t]*\n\s*/g, '\n');
          if (text === raws[index]) return;
          output.overwrite(quasi.start, quasi.end, text);
          changed = true;
        });
      });
      if (!changed) return null;
      // A source map, so the bundle's lines still point at ours (the bench sorts bytes by origin with it).
      return { code: output.toString(), map: output.generateMap({ hires: true, source: file }) };
    },
  };
}
