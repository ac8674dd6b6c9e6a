import { setTimeout as sleep } from 'node:timers/promises';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../tests/e2e/harness';
import { median } from './sample';

/** Between clicks, time for the settings write and the change it echoes back. */
const SETTLE_MS = 400;

export interface TickFigures {
  /** An author ticked (none was before), until the frame after (ms). */
  tick: number;
  /** Unticked again, so none is ticked and the hint above the list comes back (ms). */
  untick: number;
}

/** Clicks the first author's checkbox; resolves at the frame after, with the time it took. */
function clickFirstAuthor(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const box = document.querySelector<HTMLInputElement>(
          '#what .checkbox-list.long input[type="checkbox"]',
        );
        if (!box) throw new Error('No author to tick');
        const start = performance.now();
        box.click();
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start)));
      }),
  );
}

/**
 * No budget: how soon the options page answers a tick in its author list
 * when own entries bring thousands of authors (it lists the first 300:
 * components/options/WhatToShow.tsx). Unticking the last author brings back
 * the hint above the list: in a fieldset, that insertion once rebuilt the
 * whole list (3.7 s with 4,000 authors all listed;
 * components/options/CheckboxList.tsx).
 */
export async function authorTicks(browser: ExtensionBrowser, pairs: number): Promise<TickFigures> {
  const page = await browser.openOptions();
  try {
    await page.locator('#what .checkbox-list.long li').first().waitFor();
    const ticks: number[] = [];
    const unticks: number[] = [];
    for (let i = 0; i < pairs; i++) {
      await sleep(SETTLE_MS);
      ticks.push(await clickFirstAuthor(page));
      await sleep(SETTLE_MS);
      unticks.push(await clickFirstAuthor(page));
    }
    return { tick: median(ticks), untick: median(unticks) };
  } finally {
    await page.close();
  }
}

/**
 * No budget: the options page opened `times` times, each until its first
 * contentful paint (the page paints once storage has answered and the
 * whole page is built): the median, in ms.
 */
export async function optionsFirstPaint(browser: ExtensionBrowser, times: number): Promise<number> {
  const paints: number[] = [];
  for (let i = 0; i < times; i++) {
    const page = await browser.openOptions();
    paints.push(
      await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            new PerformanceObserver((list) => {
              const paint = list.getEntriesByName('first-contentful-paint')[0];
              if (paint) resolve(paint.startTime);
            }).observe({ type: 'paint', buffered: true });
          }),
      ),
    );
    await page.close();
  }
  return median(paints);
}
