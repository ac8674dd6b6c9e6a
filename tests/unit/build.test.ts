// @vitest-environment node
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build } from 'wxt';

// The real build, as `npm run build` runs it, into a folder of its own.
describe('the build', () => {
  const outDirs: string[] = [];
  afterAll(() => Promise.all(outDirs.map((dir) => rm(dir, { recursive: true, force: true }))));

  it.each(['chrome', 'firefox'])(
    'for %s prints no warning and ships no empty file',
    { timeout: 60_000 },
    async (browser) => {
      const outDir = await mkdtemp(join(tmpdir(), 'tabwise-build-'));
      outDirs.push(outDir);
      const warnings: unknown[][] = [];
      const quiet = () => {};
      await build({
        browser,
        outDirTemplate: '',
        outDir,
        logger: {
          debug: quiet,
          log: quiet,
          info: quiet,
          success: quiet,
          level: 3,
          warn: (...args: unknown[]) => void warnings.push(args),
          error: (...args: unknown[]) => void warnings.push(args),
          fatal: (...args: unknown[]) => void warnings.push(args),
        },
      });
      expect(warnings).toEqual([]);
      const files = await readdir(outDir, { recursive: true });
      expect(files).toContain('newtab-paint.js');
      const sizes = await Promise.all(
        files.map(async (file) => [file, (await stat(join(outDir, file))).size] as const),
      );
      expect(sizes.filter(([, size]) => size === 0)).toEqual([]);
    },
  );
});
