import type { IndexHtmlTransformContext, Plugin } from 'vite';

type Bundle = NonNullable<IndexHtmlTransformContext['bundle']>;

const isEmptyChunk = (bundle: Bundle, file: string) => {
  const chunk = bundle[file];
  return chunk?.type === 'chunk' && chunk.code.trim() === '';
};

const asPattern = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Removes the side-effect imports of an (empty) chunk from the chunks that import it. */
function dropImports(bundle: Bundle, file: string) {
  const name = file.split('/').at(-1) as string;
  const statement = new RegExp(`import\\s*["'][./]*(?:chunks/)?${asPattern(name)}["'];?`, 'g');
  for (const chunk of Object.values(bundle)) {
    if (chunk.type !== 'chunk' || !chunk.imports.includes(file)) continue;
    chunk.code = chunk.code.replace(statement, '');
    chunk.imports = chunk.imports.filter((imported) => imported !== file);
  }
}

/** A render-blocking script as Firefox, which ignores `blocking="render"`, needs it (fastFirstPaint). */
function forFirefox(tag: string): string {
  if (!tag.includes('blocking="render"')) return tag;
  if (/\bdefer\b/.test(tag)) return tag.replace(/ (?:defer\b|blocking="render")/g, '');
  return tag.includes('type="module"') ? `<script src="/page-theme.js"></script>${tag}` : tag;
}

/**
 * Build step for the extension's HTML pages, which must paint fast:
 * - drops the source's comments (notes for us, which every new tab would
 *   otherwise download and parse: 658 bytes on the new tab);
 * - inlines each page's stylesheet (one request less before the first paint;
 *   extension pages may have inline styles, only inline scripts are banned);
 * - drops empty chunks (WXT gives every page one, for its runtime plugins,
 *   of which we have none) with the tags and imports that load them, each a
 *   request for nothing;
 * - marks the remaining module scripts `blocking="render"` (Vite drops the
 *   attribute from the source HTML), so the first frame waits for the script
 *   that sets the user's theme, without blocking the parser;
 * - for Firefox, which ignores `blocking="render"`, makes a deferred
 *   render-blocking script (the new tab's first paint) a plain one in the
 *   head, which holds the first frame back there (entrypoints/newtab-paint.ts),
 *   and puts the user's theme (entrypoints/page-theme.ts) before each
 *   render-blocking module script, the way a page with one sets it.
 */
export function fastFirstPaint(browser?: string): Plugin {
  const inlined = new Set<string>();
  return {
    name: 'tabwise:fast-first-paint',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return html;
        return html
          .replace(/\s*<!--[\s\S]*?-->/g, '')
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
          )
          .replace(/<script\b[^>]*>/g, (tag) => (browser === 'firefox' ? forFirefox(tag) : tag));
      },
    },
    generateBundle(_options, bundle) {
      // The stylesheets now live in the pages.
      for (const file of inlined) delete bundle[file];
      for (const file of Object.keys(bundle).filter((name) => isEmptyChunk(bundle, name))) {
        dropImports(bundle, file);
        delete bundle[file];
      }
    },
  };
}
