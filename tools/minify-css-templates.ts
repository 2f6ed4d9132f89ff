import type { Plugin } from 'vite';

/**
 * Collapses white space and drops comments inside Lit `css` templates of our own sources, which the
 * JavaScript minifier leaves as they are. Only our files, and only `css` tagged templates without
 * interpolations, are touched.
 */
export function minifyCssTemplates(): Plugin {
  return {
    name: 'stagekit-minify-css-templates',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]packages[\\/]elements[\\/]src[\\/].*\.styles\.ts$/.test(id.split('?')[0]!)) return null;
      return code.replace(/css`([^`$]*)`/g, (_whole, body: string) => {
        const minified = body
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/\s*([{};,>])\s*/g, '$1')
          .replace(/:\s+/g, ':')
          .replace(/;}/g, '}')
          .trim();
        return `css\`${minified}\``;
      });
    },
  };
}
