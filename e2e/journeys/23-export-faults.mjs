import assert from 'node:assert/strict';
import { CatalogPage } from '../lib/catalog-page.mjs';
import { sleep, until } from '../lib/wait.mjs';
import { assertRows, exportView } from './22-export.mjs';

const READS = ['/stores-reader/v1/products/query-platformized', '/stores/v3/products/search'];

/** Rows written so far, from the progress line ("1,200 of 5,000 products · …"). */
async function written(s) {
  const text = (await s.app.locator('cm-export-panel [role=status]').textContent({ timeout: 1_000 }).catch(() => '')) ?? '';
  const match = /^([\d,]+) of/.exec(text.trim());
  return match ? Number(match[1].replace(/,/g, '')) : 0;
}

/**
 * 23. Export under trouble. Cancel: once "Cancel export" is clicked no Stores call starts more than a second
 * later and no file is saved. A 429 (Retry-After: 1) and a connection reset in the middle of an export: the
 * file still holds every product once, in order (parsed and compared with the emulator's catalog).
 */
export default {
  id: 'export-faults',
  title: '23. Export: cancel, 429 and a reset mid-export',
  versions: ['V1', 'V3'],
  async run(s) {
    const { emulator, catalog } = s;
    await s.open();
    const page = new CatalogPage(s.app);
    await page.showing(await catalog.page({ page: 1 }));

    // Cancel: slow calls (150 ms each) so the export is still running when Cancel is clicked.
    await emulator.config({ latencyMs: 150 });
    let downloads = 0;
    s.page.on('download', () => downloads++);
    await page.button('Export').click();
    await until('the export to be under way', async () => (await written(s)) >= 300);
    await s.state('export-running');
    await page.button('Cancel export').click();
    const cancelledAt = Date.now();
    await sleep(2_000);
    const stats = await emulator.stats();
    const late = stats.recent.filter((c) => READS.includes(c.path) && Date.parse(c.at) - 150 > cancelledAt + 1_000);
    assert.deepEqual(late.map((c) => c.at), [], 'no Stores call started more than 1 s after Cancel');
    assert.equal(downloads, 0, 'no file after Cancel');
    assert.equal(await s.app.locator('cm-export-panel').count(), 0, 'the export panel is gone');
    const readsAfterCancel = stats.recent.filter((c) => READS.includes(c.path) && Date.parse(c.at) > cancelledAt).length;
    s.note(`cancel: ${readsAfterCancel} call(s) finished after the click (in flight), none started later`);
    // A 429 and a connection reset while exporting: every product still comes once. (Reset: latency off, stats
    // counted from zero; the catalog version is set again on V3.)
    await s.resetEmulator();
    const download = exportView(s, page);
    await until('the export to be under way', async () => (await written(s)) >= 500);
    await emulator.config({ errorNext: { count: 1, status: 429, retryAfter: 1 } });
    await until('more rows', async () => (await written(s)) >= 1_500);
    await emulator.config({ resetNext: 1 });
    const file = await download;
    assertRows(file.rows, await catalog.matching('', 'name-asc'), 'the export through a 429 and a reset');
    const { byStatus, byEndpoint } = await emulator.stats();
    const reads = Object.entries(byEndpoint).filter(([k]) => READS.some((p) => k.endsWith(p))).reduce((n, [, v]) => n + v, 0);
    assert.equal(byStatus['429'], 1, `one call was throttled (${JSON.stringify(byStatus)})`);
    assert.equal(byStatus['0'], 1, 'one call was reset');
    assert.equal(reads, 52, `50 chunks of 100, and the two failed ones read again (${reads} reads)`);
    await s.state('exported-through-faults');
  },
};
