// @vitest-environment node
import type { IndexHtmlTransformContext } from 'vite';
import { describe, expect, it } from 'vitest';
import { fastFirstPaint } from '../../build/fastFirstPaint';

type Bundle = NonNullable<IndexHtmlTransformContext['bundle']>;

/** Fake bundle entries: only the fields the plugin reads, shaped as Rollup/Rolldown gives them. */
interface FakeChunk {
  type: 'chunk';
  fileName: string;
  code: string;
  imports: string[];
}
interface FakeAsset {
  type: 'asset';
  fileName: string;
  source: string;
}
type FakeBundle = Record<string, FakeChunk | FakeAsset>;

const chunk = (fileName: string, code: string, imports: string[] = []): FakeChunk => ({
  type: 'chunk',
  fileName,
  code,
  imports,
});
const asset = (fileName: string, source: string): FakeAsset => ({
  type: 'asset',
  fileName,
  source,
});
const bundleOf = (...files: (FakeChunk | FakeAsset)[]): FakeBundle =>
  Object.fromEntries(files.map((file) => [file.fileName, file]));

/** A fresh plugin (as each build gets), with its two hooks callable as Vite calls them. */
function plugin() {
  const instance = fastFirstPaint();
  const transform = instance.transformIndexHtml;
  const generate = instance.generateBundle;
  if (typeof transform !== 'object' || typeof generate !== 'function')
    throw new Error('fastFirstPaint no longer has the hooks this test drives');
  return {
    instance,
    transform,
    // The hook reads nothing from its plugin context (`this`).
    page: (html: string, bundle?: FakeBundle) =>
      transform.handler.call({} as ThisParameterType<typeof transform.handler>, html, {
        path: '/newtab.html',
        filename: '/work/main/entrypoints/newtab/index.html',
        bundle: bundle as unknown as Bundle | undefined,
      }) as string,
    generateBundle: (bundle: FakeBundle) =>
      (generate as (this: unknown, ...args: unknown[]) => void).call({}, {}, bundle, true),
  };
}

/** A page as Vite emits it, before this plugin: a stylesheet, a preload and the page's script. */
const VITE_PAGE = [
  '<!DOCTYPE html>',
  '<html lang="en">',
  '  <head>',
  '    <title>Options</title>',
  '    <script type="module" crossorigin src="/chunks/options-B1.js"></script>',
  '    <link rel="modulepreload" crossorigin href="/chunks/empty-E1.js">',
  '    <link rel="stylesheet" crossorigin href="/assets/options-C1.css">',
  '  </head>',
  '  <body><div id="app"></div></body>',
  '</html>',
].join('\n');

const viteBundle = () =>
  bundleOf(
    chunk('chunks/options-B1.js', 'import"./empty-E1.js";console.log("options");', [
      'chunks/empty-E1.js',
    ]),
    chunk('chunks/empty-E1.js', ''),
    asset('assets/options-C1.css', 'body{margin:0}'),
  );

describe('fastFirstPaint', () => {
  it('runs after the other plugins, on the final HTML', () => {
    const { instance, transform } = plugin();
    expect(instance.name).toBe('tabwise:fast-first-paint');
    expect(instance.enforce).toBe('post');
    expect(transform.order).toBe('post');
  });

  it('turns a page as Vite emits it into one that paints at once', () => {
    const { page, generateBundle } = plugin();
    const bundle = viteBundle();
    expect(page(VITE_PAGE, bundle)).toBe(
      [
        '<!DOCTYPE html>',
        '<html lang="en">',
        '  <head>',
        '    <title>Options</title>',
        '    <script type="module" blocking="render" crossorigin src="/chunks/options-B1.js"></script>',
        '    <style>body{margin:0}</style>',
        '  </head>',
        '  <body><div id="app"></div></body>',
        '</html>',
      ].join('\n'),
    );
    generateBundle(bundle);
    expect(Object.keys(bundle)).toEqual(['chunks/options-B1.js']);
    expect(bundle['chunks/options-B1.js']).toEqual(
      chunk('chunks/options-B1.js', 'console.log("options");', []),
    );
  });

  it('drops the source’s comments, with the whitespace before them, and nothing else', () => {
    const { page } = plugin();
    const html = [
      '<head>',
      '  <!-- One line. -->',
      '  <title>New Tab</title>',
      '  <!-- Several',
      '       lines, with <script src="/x.js"></script> in them. -->',
      '  <script defer src="/newtab-paint.js"></script>',
      '</head>',
    ].join('\n');
    expect(page(html, bundleOf())).toBe(
      [
        '<head>',
        '  <title>New Tab</title>',
        '  <script defer src="/newtab-paint.js"></script>',
        '</head>',
      ].join('\n'),
    );
  });

  it('changes nothing without a bundle (the dev server), and then deletes nothing', () => {
    const { page, generateBundle } = plugin();
    expect(page(VITE_PAGE)).toBe(VITE_PAGE);
    const bundle = bundleOf(asset('assets/options-C1.css', 'body{margin:0}'));
    generateBundle(bundle);
    expect(Object.keys(bundle)).toEqual(['assets/options-C1.css']);
  });

  describe('stylesheets', () => {
    it('inlines a page’s stylesheet from the bundle, and drops the file it came from', () => {
      const { page, generateBundle } = plugin();
      const bundle = bundleOf(
        asset('assets/newtab-A.css', ':root{color-scheme:light dark}'),
        asset('icon.svg', '<svg/>'),
      );
      expect(page('<link rel="stylesheet" href="/assets/newtab-A.css">', bundle)).toBe(
        '<style>:root{color-scheme:light dark}</style>',
      );
      generateBundle(bundle);
      expect(Object.keys(bundle)).toEqual(['icon.svg']);
    });

    it('keeps the tag, and the file, when the stylesheet is not an asset of the bundle', () => {
      const { page, generateBundle } = plugin();
      const bundle = bundleOf(chunk('assets/odd.css', 'body{}'));
      const html = [
        '<link rel="stylesheet" crossorigin href="/assets/elsewhere.css">',
        '<link rel="stylesheet" crossorigin href="/assets/odd.css">',
      ].join('\n');
      expect(page(html, bundle)).toBe(html);
      generateBundle(bundle);
      expect(Object.keys(bundle)).toEqual(['assets/odd.css']);
    });

    it('leaves other links alone: relative or external stylesheets, icons', () => {
      const { page } = plugin();
      const bundle = bundleOf(asset('style.css', 'body{}'), asset('icon.png', 'png'));
      const html = [
        '<link rel="stylesheet" href="./style.css">',
        '<link rel="stylesheet" href="https://example.com/style.css">',
        '<link rel="icon" href="/icon.png">',
      ].join('\n');
      expect(page(html, bundle)).toBe(html);
    });

    it('inlines every page’s stylesheet in one build, and drops each file', () => {
      const { page, generateBundle } = plugin();
      const bundle = bundleOf(
        asset('assets/newtab-A.css', 'a{}'),
        asset('assets/options-B.css', 'b{}'),
        asset('assets/unused.css', 'c{}'),
      );
      expect(page('<link rel="stylesheet" href="/assets/newtab-A.css">', bundle)).toBe(
        '<style>a{}</style>',
      );
      expect(page('<link rel="stylesheet" href="/assets/options-B.css">', bundle)).toBe(
        '<style>b{}</style>',
      );
      generateBundle(bundle);
      expect(Object.keys(bundle)).toEqual(['assets/unused.css']);
    });

    it('drops only what its own build inlined', () => {
      const first = plugin();
      const bundle = bundleOf(asset('assets/newtab-A.css', 'a{}'));
      first.page('<link rel="stylesheet" href="/assets/newtab-A.css">', bundle);
      plugin().generateBundle(bundle);
      expect(Object.keys(bundle)).toEqual(['assets/newtab-A.css']);
    });
  });

  describe('empty chunks in the page', () => {
    it('removes the script and the preload of an empty chunk, with the whitespace before them', () => {
      const { page } = plugin();
      const bundle = bundleOf(chunk('chunks/empty.js', ''), chunk('chunks/blank.js', ' \n\t'));
      expect(
        page(
          [
            '<head>',
            '  <script type="module" crossorigin src="/chunks/empty.js"></script>',
            '  <link rel="modulepreload" crossorigin href="/chunks/blank.js">',
            '</head>',
          ].join('\n'),
          bundle,
        ),
      ).toBe('<head>\n</head>');
    });

    it('keeps the tags of chunks with code, of files outside the bundle and of assets', () => {
      const { page } = plugin();
      const bundle = bundleOf(
        chunk('chunks/app.js', 'run()'),
        chunk('chunks/shared.js', 'export{}'),
        asset('static.js', ''),
      );
      const html = [
        '<script defer blocking="render" src="/newtab-paint.js" ></script>',
        '<link rel="modulepreload" href="/chunks/shared.js">',
        '<script src="/static.js"></script>',
        '<script type="module" blocking="render" src="/chunks/app.js"></script>',
      ].join('\n');
      expect(page(html, bundle)).toBe(html);
    });
  });

  describe('render-blocking scripts', () => {
    it('marks each module script render-blocking', () => {
      const { page } = plugin();
      const bundle = bundleOf(chunk('a.js', 'a()'), chunk('b.js', 'b()'));
      expect(
        page(
          '<script type="module" src="/a.js"></script><script type="module" crossorigin src="/b.js"></script>',
          bundle,
        ),
      ).toBe(
        '<script type="module" blocking="render" src="/a.js"></script>' +
          '<script type="module" blocking="render" crossorigin src="/b.js"></script>',
      );
    });

    it('leaves scripts that already block, and classic scripts, as they are', () => {
      const { page } = plugin();
      const html = [
        '<script type="module" crossorigin blocking="render" src="/a.js"></script>',
        '<script defer src="/newtab-paint.js"></script>',
      ].join('\n');
      expect(page(html, bundleOf(chunk('a.js', 'a()')))).toBe(html);
    });

    it('for Firefox, which ignores blocking="render", makes the deferred one block the parser, and sets the theme before a module', () => {
      const firefox = fastFirstPaint('firefox').transformIndexHtml;
      if (typeof firefox !== 'object') throw new Error('no transformIndexHtml hook');
      const html = [
        '<script defer blocking="render" fetchpriority="high" src="/newtab-paint.js"></script>',
        '<script defer src="/later.js"></script>',
        '<script type="module" blocking="render" src="/a.js"></script>',
      ].join('\n');
      const call = (browserHtml: string, transform: typeof firefox) =>
        transform.handler.call({} as ThisParameterType<typeof transform.handler>, browserHtml, {
          path: '/newtab.html',
          filename: '/work/main/entrypoints/newtab/index.html',
          bundle: bundleOf(chunk('a.js', 'a()')) as unknown as Bundle,
        });
      expect(call(html, firefox)).toBe(
        html
          .replace('<script defer blocking="render" ', '<script ')
          .replace(
            '<script type="module"',
            '<script src="/page-theme.js"></script><script type="module"',
          ),
      );
      expect(plugin().page(html, bundleOf(chunk('a.js', 'a()')))).toBe(html);
    });
  });

  describe('empty chunks in the bundle', () => {
    it('deletes empty chunks, and their imports from the chunks that import them', () => {
      const { generateBundle } = plugin();
      const bundle = bundleOf(
        // An entry at the root imports from chunks/, a chunk from its own folder.
        chunk('newtab-app.js', 'import"./chunks/empty-E.js";import "./chunks/blank-F.js"\nrun();', [
          'chunks/empty-E.js',
          'chunks/blank-F.js',
          'chunks/shared-S.js',
        ]),
        chunk('chunks/options-O.js', "import'./empty-E.js';\nimport './shared-S.js';go();", [
          'chunks/empty-E.js',
          'chunks/shared-S.js',
        ]),
        chunk('chunks/shared-S.js', 'export const s=1;'),
        chunk('chunks/empty-E.js', ''),
        chunk('chunks/blank-F.js', '\n  \n'),
        asset('assets/empty.txt', ''),
      );
      generateBundle(bundle);
      expect(bundle).toEqual(
        bundleOf(
          chunk('newtab-app.js', '\nrun();', ['chunks/shared-S.js']),
          chunk('chunks/options-O.js', "\nimport './shared-S.js';go();", ['chunks/shared-S.js']),
          chunk('chunks/shared-S.js', 'export const s=1;'),
          asset('assets/empty.txt', ''),
        ),
      );
    });

    it('touches no chunk that does not list the empty chunk among its imports', () => {
      const { generateBundle } = plugin();
      const code = 'import"./chunks/empty-E.js";run();';
      const bundle = bundleOf(chunk('page.js', code, []), chunk('chunks/empty-E.js', ''));
      generateBundle(bundle);
      expect(bundle).toEqual(bundleOf(chunk('page.js', code, [])));
    });

    it('removes the import of that very file only: a name’s dots match only dots', () => {
      const { generateBundle } = plugin();
      const bundle = bundleOf(
        chunk(
          'page.js',
          'import"./chunks/empty.E.js";import"./chunks/emptyxE.js";import"./chunks/my-empty.E.js";',
          ['chunks/empty.E.js', 'chunks/emptyxE.js', 'chunks/my-empty.E.js'],
        ),
        chunk('chunks/empty.E.js', ''),
        chunk('chunks/emptyxE.js', 'x()'),
        chunk('chunks/my-empty.E.js', 'y()'),
      );
      generateBundle(bundle);
      expect(bundle['page.js']).toEqual(
        chunk('page.js', 'import"./chunks/emptyxE.js";import"./chunks/my-empty.E.js";', [
          'chunks/emptyxE.js',
          'chunks/my-empty.E.js',
        ]),
      );
      expect(Object.keys(bundle)).toEqual(['page.js', 'chunks/emptyxE.js', 'chunks/my-empty.E.js']);
    });

    it('leaves a bundle without empty chunks exactly as it was', () => {
      const { generateBundle } = plugin();
      const make = () =>
        bundleOf(
          chunk('page.js', 'import"./chunks/a.js";a();', ['chunks/a.js']),
          chunk('chunks/a.js', 'export const a=()=>{};'),
          asset('assets/page.css', 'body{}'),
        );
      const bundle = make();
      generateBundle(bundle);
      expect(bundle).toEqual(make());
    });
  });
});
