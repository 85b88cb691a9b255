import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page, type WebSocket } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startBuiltApp, type BuiltApp } from './built-app.js';

/** Debian's Chromium (`apt-get install chromium`); the tests never download a browser. */
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const screenshotDirectory = path.resolve('test-results/screenshots');

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(executablePath)) throw new Error(`${executablePath} is missing: apt-get install -y chromium chromium-driver`);
  return chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * A fresh browser context (its own cookies) on the app. Page errors, console errors and 5xx responses are collected so a
 * test can assert the page ran cleanly; requests to any other host are refused, so nothing leaves the machine.
 */
export async function openContext(browser: Browser, baseURL: string, options: BrowserContextOptions = {}): Promise<{ context: BrowserContext; page: Page; pageErrors: string[] }> {
  const context = await browser.newContext({ baseURL, locale: 'id-ID', viewport: { width: 1280, height: 900 }, ...options });
  const origin = new URL(baseURL).origin;
  await context.route('**/*', (route) => (new URL(route.request().url()).origin === origin ? route.continue() : route.abort()));
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  // Chromium logs every 4xx document as a console error; a refused form (400) or a 403/404 page is deliberate.
  page.on('console', (message) => {
    if (message.type() === 'error' && !/^Failed to load resource: the server responded with a status of 4\d\d/.test(message.text())) pageErrors.push(message.text());
  });
  page.on('response', (response) => {
    if (response.status() >= 500) pageErrors.push(`${response.status()} ${response.url()}`);
  });
  return { context, page, pageErrors };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(screenshotDirectory, { recursive: true });
  const file = path.join(screenshotDirectory, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Signs in through the sign-in form, as a person would, and waits for the signed-in header. */
export async function signInThroughForm(page: Page, person: { email: string; password: string }): Promise<void> {
  await page.goto('/masuk');
  await page.getByLabel('Email').fill(person.email);
  await page.getByLabel('Kata sandi').fill(person.password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  // Attached, not visible: on a phone the sign-out button sits in the folded header menu (the page has one per layout).
  await page.getByRole('button', { name: 'Keluar', exact: true, includeHidden: true }).first().waitFor({ state: 'attached' });
}

/**
 * One built app (with the demo data) and one browser for a whole test file, started before its tests and closed
 * after them. Read them through the returned object inside tests.
 */
export function browserJourney(environment: Record<string, string> = {}): { readonly app: BuiltApp; readonly browser: Browser } {
  let app: BuiltApp | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    [app, browser] = await Promise.all([startBuiltApp({ environment }), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });
  return {
    get app() {
      return app!;
    },
    get browser() {
      return browser!;
    },
  };
}

/**
 * Resolves once the page's live client has sent `count` subscribes for `operation` on WebSockets it opens from now on:
 * an event published before then is not the page's to show (events are not replayed).
 */
export function subscribed(page: Page, operation: string, count = 1): Promise<void> {
  let sent = 0;
  return new Promise((resolve) => {
    // Listeners attached as the socket appears: a reconnect sends its subscribes at once.
    const onSocket = (socket: WebSocket) =>
      socket.on('framesent', (frame) => {
        if (!String(frame.payload).includes(operation)) return;
        sent += 1;
        if (sent < count) return;
        page.off('websocket', onSocket);
        resolve();
      });
    page.on('websocket', onSocket);
  });
}
