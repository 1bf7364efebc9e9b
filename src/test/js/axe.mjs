// Runs axe-core (WCAG 2.1 A and AA, and best practice) on pages of a generated site, in Debian's
// Chromium driven by playwright-core (no browser download), each page opened from disk.
// Usage: node axe.mjs SITE_FOLDER PAGE... ; prints each violation and exits 1 if there is any.
import { createRequire } from 'node:module';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];

const [site, ...pages] = process.argv.slice(2);
if (!site || pages.length === 0) {
  console.error('usage: node axe.mjs SITE_FOLDER PAGE...');
  process.exit(2);
}
const profile = mkdtempSync(join(tmpdir(), 'chiso766-axe-'));
let found = 0;
try {
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true, args: FLAGS, offline: true,
  });
  try {
    const page = await browser.newPage();
    for (const path of pages) {
      if (!existsSync(resolve(site, path))) {
        found++;
        console.log(`${path}: no such page`);
        continue;
      }
      await page.goto(pathToFileURL(resolve(site, path)).href);
      await page.addScriptTag({ path: AXE });
      const result = await page.evaluate((tags) => globalThis.axe.run(document,
        { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }), TAGS);
      for (const v of result.violations) {
        found++;
        console.log(`${path}: ${v.id} (${v.impact}, ${v.nodes.length} nodes): ${v.help}`);
        v.nodes.slice(0, 3).forEach((n) => console.log(`    ${n.target.join(' ')}: ${n.failureSummary.replace(/\n/g, ' ')}`));
      }
      console.log(`${path}: ${result.violations.length === 0 ? 'ok' : result.violations.length + ' rules violated'}`);
    }
  } finally {
    await browser.close();
  }
} finally {
  rmSync(profile, { recursive: true, force: true });
}
process.exit(found === 0 ? 0 : 1);
