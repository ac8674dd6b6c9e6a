// @vitest-environment node
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { ICON_ARTWORK, ICON_SIZE, writeStoreIcon } from '../../build/storeIcon';

const dir = await mkdtemp(join(tmpdir(), 'tabwise-icon-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the 128 px store icon', () => {
  it('holds the artwork at 96 px with a 16 px transparent margin', async () => {
    await mkdir(join(dir, 'icons'));
    await writeStoreIcon('assets/icon.svg', dir);
    const { data, info } = await sharp(join(dir, 'icons/128.png'))
      .ensureAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    expect([info.width, info.height]).toEqual([ICON_SIZE, ICON_SIZE]);
    const alpha = (x: number, y: number) => data[(y * info.width + x) * info.channels + 3];
    const margin = (ICON_SIZE - ICON_ARTWORK) / 2;
    // Transparent all around the artwork, opaque inside it.
    for (const [x, y] of [
      [margin - 1, 64],
      [64, margin - 1],
      [ICON_SIZE - margin, 64],
      [64, ICON_SIZE - margin],
    ] as const) {
      expect(alpha(x, y), `${x},${y}`).toBe(0);
    }
    expect(alpha(margin + 1, 64)).toBe(255);
    expect(alpha(64, 64)).toBe(255);
  });
});
