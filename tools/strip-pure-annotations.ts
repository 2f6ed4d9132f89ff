import { RolldownMagicString } from 'rolldown';
import type { Plugin } from 'vite';

const ANNOTATION = /\/\*\s*[#@]__(?:PURE|NO_SIDE_EFFECTS)__\s*\*\//g;

/**
 * Vite keeps `/* @__PURE__ *\/` annotations in library builds (they help a later bundler). The CDN
 * files are final: nothing bundles them again, so the annotations are only bytes the page downloads.
 * Runs after the minifier and keeps the source maps right.
 */
export function stripPureAnnotations(): Plugin {
  return {
    name: 'stagekit-strip-pure-annotations',
    renderChunk: {
      order: 'post',
      handler(code) {
        if (!ANNOTATION.test(code)) return null;
        ANNOTATION.lastIndex = 0;
        const text = new RolldownMagicString(code);
        for (const match of code.matchAll(ANNOTATION)) text.remove(match.index, match.index + match[0].length);
        return { code: text.toString(), map: JSON.parse(text.generateMap({ hires: true }).toString()) as { mappings: string } };
      },
    },
  };
}
