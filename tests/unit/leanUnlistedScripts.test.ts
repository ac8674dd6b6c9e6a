// @vitest-environment node
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'vite';
import { describe, expect, it } from 'vitest';
import { leanUnlistedScripts, WRAPPER_ID } from '../../build/leanUnlistedScripts';

const load = (plugin: Plugin, id: string) =>
  (plugin.load as (id: string) => string | null).call({}, id);

describe('leanUnlistedScripts', () => {
  const plugin = leanUnlistedScripts();

  it('runs an unlisted script’s main() in place of WXT’s wrapper, after WXT’s runtime plugins', () => {
    const code = load(plugin, `${WRAPPER_ID}/work/entrypoints/newtab-paint.ts`) ?? '';
    expect(code).toContain('import definition from "/work/entrypoints/newtab-paint.ts";');
    expect(code.indexOf('initPlugins();')).toBeLessThan(code.indexOf('definition.main()'));
    expect(code).toContain('export default definition.main();');
  });

  it('leaves every other module to the other plugins', () => {
    expect(load(plugin, '/work/entrypoints/newtab-paint.ts')).toBeNull();
    expect(load(plugin, '\0virtual:wxt-background-entrypoint?/work/background.ts')).toBeNull();
  });

  it('names the wrapper as the installed WXT does, and the wrapper does no more than it replaces', async () => {
    const resolver = await readFile(
      'node_modules/wxt/dist/core/builders/vite/plugins/resolveVirtualModules.mjs',
      'utf8',
    );
    expect(resolver).toMatch(/const virtualId = `virtual:wxt-\$\{name\}\?`;/);
    expect(resolver).toContain('const resolvedVirtualId = "\\0" + virtualId;');
    const wrapper = await readFile(
      'node_modules/wxt/dist/virtual/unlisted-script-entrypoint.mjs',
      'utf8',
    );
    // Its logger prints nothing in production; it starts the plugins and runs main().
    expect(wrapper).toContain('if (import.meta.env.MODE === "production") return;');
    expect(wrapper).toContain('initPlugins();');
    expect(wrapper).toContain('result = definition.main();');
  });
});
