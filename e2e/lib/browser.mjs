import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { CatalogOracle } from './catalog-oracle.mjs';
import { ARTIFACTS, CHROMIUM, ROOT } from './config.mjs';
import { until } from './wait.mjs';

const require = createRequire(join(ROOT, 'package.json'));
const { chromium } = require('playwright-core');
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Debian's Chromium, headless. Playwright gives it a fresh temporary --user-data-dir and removes it on close. */
export function launchBrowser() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** Every axe check made during the run: {journey, state, violations}. Journey 10 asserts on it. */
export const axeLog = [];
/** Every screenshot written during the run. */
export const screenshots = [];

/**
 * Installed in every frame before its scripts run: reports Content-Security-Policy violations to the test
 * (through a binding, so reports survive reloads of the app frame).
 */
function watchCspViolations() {
  addEventListener('securitypolicyviolation', (e) => {
    window.__e2eCspViolation?.({
      directive: e.effectiveDirective,
      blocked: e.blockedURI,
      sample: e.sample,
      source: `${e.sourceFile}:${e.lineNumber}`,
      document: e.documentURI,
      disposition: e.disposition,
    });
  });
}

/**
 * One journey in its own browser context (fresh history, storage and permissions), with everything a person
 * would notice recorded: dialogs that fired, uncaught page errors; and what a reviewer would look for: every
 * console message of every frame, every Content-Security-Policy violation.
 * `version` is the site's catalog version ('V1' or 'V3'); `catalog` answers what the page should show.
 */
export class Session {
  constructor(browser, emulator, journey, version = 'V1') {
    this.browser = browser;
    this.emulator = emulator;
    this.journey = journey;
    this.version = version;
    this.catalog = emulator ? new CatalogOracle(emulator, version) : null;
    this.dialogs = [];
    this.pageErrors = [];
    this.console = [];
    this.cspViolations = [];
    this.notes = [];
  }

  /** A measurement worth printing in the summary. */
  note(text) {
    if (!this.notes.includes(text)) this.notes.push(text);
  }

  /**
   * Resets the emulator to its start-up switches, on this journey's catalog version. The oracle reads the whole
   * catalog first (once per emulator and version for the run), so the reset wipes its calls from the stats.
   */
  async resetEmulator() {
    await this.catalog?.load();
    await this.emulator.reset();
    if (this.version !== 'V1') await this.emulator.config({ catalogVersion: this.version });
  }

  /** Opens the dashboard host page (which frames the app); `search` is passed to the host page. */
  async open(search = '') {
    await this.newPage();
    await this.goto(search);
    return this;
  }

  /** Navigates the tab to the host page. */
  async goto(search = '') {
    await this.page.goto(`${this.emulator.url}/${search}`);
  }

  /** Opens a URL directly in the tab, without the dashboard around it. */
  async openDirect(url) {
    await this.newPage();
    await this.page.goto(url);
    return this;
  }

  async newPage() {
    this.context = await this.browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
    await this.context.exposeBinding('__e2eCspViolation', (_source, violation) => this.cspViolations.push(violation));
    await this.context.addInitScript(watchCspViolations);
    this.page = await this.context.newPage();
    this.page.on('dialog', (dialog) => {
      this.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      dialog.dismiss().catch(() => {});
    });
    this.page.on('pageerror', (error) => this.pageErrors.push(error.message));
    this.page.on('console', (message) => this.console.push({ type: message.type(), text: message.text(), url: message.location()?.url ?? '' }));
  }

  /** Whether the tab shows the dashboard host page (the app is framed) rather than the app itself. */
  get framed() {
    return !!this.emulator && this.page.url() !== 'about:blank' && new URL(this.page.url()).origin === this.emulator.url;
  }

  /** Runs `action` and waits until the app document was replaced by a new one (the app reloaded). */
  async expectAppReload(action) {
    await (await this.appFrame()).evaluate(() => (window.__e2eBeforeReload = true));
    await action();
    await until('the app to reload', async () => {
      const frame = await this.appFrame();
      return (await frame.evaluate(() => document.readyState !== 'loading' && !window.__e2eBeforeReload).catch(() => false)) && frame;
    });
  }

  /** Uses the emulated dashboard's control bar (outside the app), e.g. the signed-in user's role. */
  async hostControl(name, value) {
    await this.page.locator(`#controls [name="${name}"]`).selectOption(value);
  }

  /** The app's frame inside the dashboard host page (or the page itself when opened directly). */
  async appFrame() {
    if (!this.framed) return this.page.mainFrame();
    return until('the app iframe to load', async () => {
      const handle = await this.page.$(this.emulator.appFrameSelector);
      const frame = await handle?.contentFrame();
      return frame && frame.url().startsWith(this.emulator.appUrl) ? frame : null;
    });
  }

  /** FrameLocator (or Page) to find things in the app by role and text. */
  get app() {
    if (!this.framed) return this.page;
    return this.page.frameLocator(this.emulator.appFrameSelector);
  }

  /**
   * Records a state a person sees: a screenshot `e2e/artifacts/<journey>-<state>.png` and, unless the state
   * is transient, an axe-core run inside the app frame (serious and critical violations are kept).
   */
  async state(name, { axe = true } = {}) {
    if (process.env.E2E_TRACE) console.log(`  [trace] ${this.journey} ${name} at ${Date.now() - (this.started ??= Date.now())} ms`);
    mkdirSync(ARTIFACTS, { recursive: true });
    const path = join(ARTIFACTS, `${this.journey}-${name}.png`);
    await this.page.screenshot({ path, fullPage: true });
    screenshots.push(path);
    if (axe) {
      const violations = await runAxe(await this.appFrame());
      axeLog.push({ journey: this.journey, state: name, violations });
    }
  }

  async close() {
    await this.context?.close().catch(() => {});
  }
}

/** Injects axe-core into the frame (once) and returns its serious and critical violations, summarised. */
export async function runAxe(frame) {
  const loaded = await frame.evaluate(() => typeof window.axe === 'object');
  if (!loaded) await frame.evaluate(AXE_SOURCE);
  const result = await frame.evaluate(async () => {
    const { violations } = await window.axe.run(document, { resultTypes: ['violations'] });
    return violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}: ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`),
    }));
  });
  return result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
