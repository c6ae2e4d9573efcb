/**
 * Opens exported notebook pages in headless Chromium (Debian's, through
 * Playwright) and reads back each chart as the browser laid it out: its name,
 * its data marks (the same rule as the kernel and the check:
 * notebooks/lib/chart-marks.ts) and its size on the page. The page may ask
 * for scripts from CDNs (nbconvert's template); every request that is not a
 * local file is refused, so nothing leaves the machine.
 */
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS } from '../../crawlers/engine/crawlers.js';
import { DEFAULT_CHROMIUM } from '../../crawlers/engine/crawl.js';
import { CHART_NAME_ATTRIBUTE, countDataMarks } from '../../notebooks/lib/chart-marks.js';

export interface BrowserChart {
  name: string;
  marks: number;
  width: number;
  height: number;
}

export async function readChartsInChromium(pages: readonly string[]): Promise<Map<string, BrowserChart[]>> {
  const browser = await chromium.launch({ executablePath: process.env.VNTALLY_CHROMIUM ?? DEFAULT_CHROMIUM, headless: true, args: [...CHROMIUM_ARGS] });
  const found = new Map<string, BrowserChart[]>();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
    for (const path of pages) {
      const page = await context.newPage();
      await page.goto(pathToFileURL(path).href, { waitUntil: 'load' });
      // countDataMarks is self-contained, so its source runs in the page as it is.
      const charts = (await page.evaluate(`(() => {
        const countDataMarks = ${countDataMarks.toString()};
        return Array.from(document.querySelectorAll('svg[${CHART_NAME_ATTRIBUTE}]')).map((svg) => {
          const box = svg.getBoundingClientRect();
          return { name: svg.getAttribute('${CHART_NAME_ATTRIBUTE}'), marks: countDataMarks(svg), width: box.width, height: box.height };
        });
      })()`)) as BrowserChart[];
      found.set(path, charts);
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return found;
}
