import { expect, type Page } from '@playwright/test';
import { snap } from './screenshots';

export const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1440, height: 900 };

/** How far the page scrolls sideways: 0 when nothing is wider than the window. */
async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return root.scrollWidth - root.clientWidth;
  });
}

/** The widest elements sticking out past the right edge, named so a failure says what to fix. */
async function overflowCulprits(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    const insideScroller = (el: Element) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const x = getComputedStyle(p).overflowX;
        if (x === 'auto' || x === 'scroll' || x === 'hidden') return true;
      }
      return false;
    };
    for (const el of Array.from(document.querySelectorAll('body *'))) {
      if (insideScroller(el)) continue;
      const rect = el.getBoundingClientRect();
      if (rect.right > width + 1 && rect.width > 0) {
        const id = el.getAttribute('data-testid') ?? el.id;
        out.push(
          `${el.tagName.toLowerCase()}${id ? `#${id}` : ''}.${String(el.className).slice(0, 60)} → ${Math.round(rect.right)}px`,
        );
      }
    }
    return out.slice(0, 5);
  });
}

/**
 * Opens a page at phone width and at desktop width; at both, the page must not scroll sideways
 * (scrollWidth ≤ clientWidth). Keeps a full-page screenshot of each as a test artifact.
 */
export async function checkPageFits(
  page: Page,
  url: string,
  name: string,
  ready: (page: Page) => Promise<void>,
): Promise<void> {
  for (const [viewport, suffix] of [
    [PHONE, '390'],
    [DESKTOP, '1440'],
  ] as const) {
    await page.setViewportSize(viewport);
    await page.goto(url);
    await ready(page);
    const overflow = await sidewaysOverflow(page);
    expect(
      overflow,
      `${name} at ${viewport.width}px scrolls sideways: ${(await overflowCulprits(page)).join('; ')}`,
    ).toBeLessThanOrEqual(0);
    await snap(page, `${name}-${suffix}`);
  }
}
