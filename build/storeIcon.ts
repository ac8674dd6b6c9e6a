import { resolve } from 'node:path';
import sharp from 'sharp';

/** Chrome's store guidance for the 128 px icon: 96 px of artwork, 16 px of transparent margin. */
export const ICON_SIZE = 128;
export const ICON_ARTWORK = 96;

/**
 * Writes icons/128.png with the artwork at 96 px in a 128 px transparent
 * square, over the edge-to-edge one @wxt-dev/auto-icons makes for every size
 * (the small toolbar sizes want the artwork to the edge).
 */
export async function writeStoreIcon(source: string, outDir: string): Promise<void> {
  const margin = (ICON_SIZE - ICON_ARTWORK) / 2;
  await sharp(source)
    .resize(ICON_ARTWORK, ICON_ARTWORK)
    .extend({
      top: margin,
      bottom: margin,
      left: margin,
      right: margin,
      background: { r: 0, g: 0, b: 0, alpha: 0 },
    })
    .png()
    .toFile(resolve(outDir, `icons/${ICON_SIZE}.png`));
}
