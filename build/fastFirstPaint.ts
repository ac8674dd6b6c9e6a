import type { IndexHtmlTransformContext, Plugin } from 'vite';

type Bundle = NonNullable<IndexHtmlTransformContext['bundle']>;

const isEmptyChunk = (bundle: Bundle, file: string) => {
  const chunk = bundle[file];
  return chunk?.type === 'chunk' && chunk.code.trim() === '';
};

/**
 * Build step for the extension's HTML pages, which must paint fast:
 * - inlines each page's stylesheet (one request less before the first paint;
 *   extension pages may have inline styles, only inline scripts are banned);
 * - drops script and preload tags of empty chunks (WXT gives every page one),
 *   each a request for nothing;
 * - marks the remaining module scripts `blocking="render"` (Vite drops the
 *   attribute from the source HTML), so the first frame waits for the script
 *   that sets the user's theme, without blocking the parser.
 */
export function fastFirstPaint(): Plugin {
  const inlined = new Set<string>();
  return {
    name: 'tabwise:fast-first-paint',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return html;
        return html
          .replace(/<link rel="stylesheet"[^>]*href="\/([^"]+\.css)">/g, (tag, file: string) => {
            const asset = bundle[file];
            if (asset?.type !== 'asset') return tag;
            inlined.add(file);
            return `<style>${String(asset.source)}</style>`;
          })
          .replace(
            /\s*<(?:script|link)\b[^>]*(?:src|href)="\/([^"]+\.js)"[^>]*>(?:<\/script>)?/g,
            (tag, file: string) => (isEmptyChunk(bundle, file) ? '' : tag),
          )
          .replace(
            /<script type="module"(?![^>]*blocking)/g,
            '<script type="module" blocking="render"',
          );
      },
    },
    generateBundle(_options, bundle) {
      // The stylesheets now live in the pages. (Empty chunks stay: other chunks import them.)
      for (const file of inlined) delete bundle[file];
    },
  };
}
