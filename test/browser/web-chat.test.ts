/**
 * The web chat in a real headless Chromium: ask, see cards, remove a filter chip, press "More
 * like this", compare, give feedback, use the keyboard, and fit a phone screen. Saves a
 * screenshot to test-output/ (and to docs/screenshot-web.png when AISLE_UPDATE_SCREENSHOT=1).
 */
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type DemoCore,
  memoryLogger,
  openDemoCore,
  startTestServer,
  type TestServer,
} from '../web/harness.ts';

const CHROMIUM = '/usr/bin/chromium';
const ROOT = resolve(import.meta.dirname, '..', '..');
const OUTPUT = join(ROOT, 'test-output');
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

describe('the web chat in Chromium', () => {
  let core: DemoCore;
  let server: TestServer;
  let profile: string;
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(
        `Chromium is not installed at ${CHROMIUM}; the browser test needs it. ` +
          "Install it with `apt-get install -y chromium` (CI's .ci/run installs it).",
      );
    }
    const log = memoryLogger();
    core = await openDemoCore({ logger: log.logger });
    server = await startTestServer({ logger: log.logger, assistant: core.assistant });
    profile = await mkdtemp(join(tmpdir(), 'aisle-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: FLAGS,
      viewport: { width: 1024, height: 900 },
      reducedMotion: 'reduce',
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  });

  afterAll(async () => {
    await context?.close();
    await server?.web.close();
    await core?.close();
    if (profile) await rm(profile, { recursive: true, force: true });
  });

  /** Wait until the conversation holds `n` answers (not counting the welcome) and nothing is pending. */
  async function answers(n: number): Promise<Locator> {
    await page.waitForFunction(
      (count) =>
        document.querySelectorAll('#conversation .turn.bot:not(.welcome)').length >= count &&
        document.body.dataset.busy === 'false',
      n,
    );
    return page.locator('#conversation .turn.bot:not(.welcome)').nth(n - 1);
  }

  /** Save a screenshot under test-output/; `wholePage` grows the viewport to the page first (the composer stays at the bottom). */
  async function screenshot(name: string, opts: { wholePage?: boolean } = {}): Promise<void> {
    await mkdir(OUTPUT, { recursive: true });
    const size = page.viewportSize() ?? { width: 1024, height: 900 };
    if (opts.wholePage) {
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      await page.setViewportSize({ width: size.width, height });
    }
    await page.screenshot({ path: join(OUTPUT, name) });
    await page.setViewportSize(size);
  }

  async function cardsOf(reply: Locator): Promise<{ id: string; title: string; price: number }[]> {
    return reply.locator('.card').evaluateAll((cards) =>
      cards.map((c) => ({
        id: (c as HTMLElement).dataset.productId ?? '',
        title: c.querySelector('.card-title')?.textContent ?? '',
        price: Number((c.querySelector('.price .now')?.textContent ?? '').replace(/[^\d.]/g, '')),
      })),
    );
  }

  it('answers a request with product cards, and refines it with a chip and "More like this"', async () => {
    await page.goto(server.url);
    await expect(page.title()).resolves.toMatch(/aisle/);
    const box = page.getByLabel('Message to aisle');
    await box.fill('headphones under 100');
    await box.press('Enter');

    const first = await answers(1);
    const picks = await cardsOf(first);
    expect(picks.length).toBeGreaterThanOrEqual(3);
    for (const p of picks) expect(p.price).toBeLessThanOrEqual(100);
    await expect(first.locator('.card .stock').first().textContent()).resolves.toMatch(/stock/i);
    await expect(first.locator('.card .why').first().textContent()).resolves.toMatch(/^Why: ./);
    const images = await first.locator('img.card-image').evaluateAll((imgs) =>
      (imgs as HTMLImageElement[]).map((img) => ({
        src: img.src,
        loaded: img.complete && img.naturalWidth > 0,
      })),
    );
    expect(images.length).toBe(picks.length);
    expect(images[0]?.src).toBe(new URL('/images/headphones.svg', server.url).href);
    await page.waitForFunction(() =>
      Array.from(document.querySelectorAll<HTMLImageElement>('img.card-image')).every(
        (i) => i.complete && i.naturalWidth > 0,
      ),
    );
    await screenshot('web-chat.png', { wholePage: true });
    if (process.env.AISLE_UPDATE_SCREENSHOT === '1') {
      await copyFile(join(OUTPUT, 'web-chat.png'), join(ROOT, 'docs', 'screenshot-web.png'));
    }

    await first.getByRole('button', { name: 'Remove filter: Under $100' }).click();
    const widened = await answers(2);
    const widenedChips = await widened.locator('.chip').allTextContents();
    expect(widenedChips.join(' ')).not.toContain('Under $100');
    const widenedPicks = await cardsOf(widened);
    expect(widenedPicks.map((p) => p.id)).not.toEqual(picks.map((p) => p.id));

    const pressed = widenedPicks[0];
    await widened.getByRole('button', { name: `More like this: ${pressed?.title}` }).click();
    const similar = await cardsOf(await answers(3));
    expect(similar.length).toBeGreaterThan(0);
    expect(similar.map((p) => p.id)).not.toContain(pressed?.id);
    expect(similar.map((p) => p.id)).not.toEqual(widenedPicks.map((p) => p.id));
  });

  it('shows a comparison table and records feedback', async () => {
    const box = page.getByLabel('Message to aisle');
    await box.fill('compare 1 and 2');
    await box.press('Enter');
    const compared = await answers(4);
    const table = compared.getByRole('table');
    await expect(table.locator('thead th').count()).resolves.toBeGreaterThanOrEqual(2);
    await expect(table.locator('tbody th').first().textContent()).resolves.toBe('Price');

    const last = page.locator('#conversation .turn.bot:has(.card)').last();
    const up = last.getByRole('button', { name: /^Helpful: / }).first();
    await up.click();
    await answers(5);
    await expect(up.getAttribute('aria-pressed')).resolves.toBe('true');
  });

  it('works from the keyboard and fits a 375 px phone screen', async () => {
    const suggestion = page.locator('#conversation .turn.bot:not(.welcome) .suggestion').last();
    const label = await suggestion.textContent();
    await suggestion.focus();
    await page.keyboard.press('Enter');
    const answered = await answers(6);
    await expect(page.locator('#conversation .turn.user').last().textContent()).resolves.toBe(label);
    await expect(answered.isVisible()).resolves.toBe(true);

    await page.setViewportSize({ width: 375, height: 800 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(overflow).toBeLessThanOrEqual(375);
    await screenshot('web-chat-phone.png');
    expect(problems).toEqual([]);
  });
});
