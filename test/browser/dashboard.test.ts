import { closeSync, ftruncateSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { unsafeCell } from '../../src/engine/csv.ts';
import { aggregate, toMeasured } from '../../src/engine/measures.ts';
import { resultsFromCsv } from '../../src/engine/result-csv.ts';
import { type ResultRecord, validateResult } from '../../src/engine/result.ts';
import { MAX_DEPTH, MAX_FILE_BYTES } from '../../src/dashboard/read-results.ts';
import { type Opened, afterDeferredWork, axeViolations, onView, useBrowser } from './harness.ts';

const FIXTURES = 'test/fixtures/results';
const fixture = (name: string) => path.join(FIXTURES, name);
/** A fixture as file contents, so that fixtures and files made here can be chosen together. */
const payload = (name: string) => ({
  name,
  mimeType: name.endsWith('.csv') ? 'text/csv' : 'application/json',
  buffer: readFileSync(fixture(name)),
});

const h = useBrowser({ context: { acceptDownloads: true } });
const DASHBOARD = 'Partnership dashboard';

/** The records of the valid fixtures, read by the engine itself, for comparison with the page. */
function fixtureRecords(): ResultRecord[] {
  const json = (name: string) => [JSON.parse(readFileSync(fixture(name), 'utf8'))].flat() as unknown[];
  const csv = resultsFromCsv(readFileSync(fixture('cohort-b.csv'), 'utf8')).records;
  const all = [...json('cohort-a.json'), ...json('single-record.json'), ...csv, ...json('mixed.json')];
  const seen = new Set<string>();
  return all.flatMap((value) => {
    const checked = validateResult(value);
    if (!checked.ok || seen.has(checked.result.id)) return [];
    seen.add(checked.result.id);
    return [checked.result];
  });
}

async function openDashboard(): Promise<Opened> {
  const opened = await h.open('#/dashboard');
  await onView(opened.page, DASHBOARD);
  await opened.page
    .locator('.selection-summary')
    .filter({ hasText: /records/ })
    .waitFor();
  return opened;
}

/** Chooses files in the file input and waits until the report lists them and the measures show `total` records. */
async function importFiles(
  page: Page,
  files: Parameters<Page['setInputFiles']>[1],
  names: string[],
  total: number,
): Promise<void> {
  await page.setInputFiles('#dashboard-files', files);
  await expect.poll(() => page.locator('.file-report .file-name').allTextContents()).toEqual(names);
  await expect.poll(() => page.locator('.selection-summary').textContent()).toContain(`of ${total} records`);
}

const validFiles = ['cohort-a.json', 'single-record.json', 'cohort-b.csv', 'mixed.json'];
const VALID_TOTAL = 6 + 1 + 3 + 2;

async function importValid(page: Page): Promise<void> {
  await importFiles(
    page,
    validFiles.map(fixture),
    validFiles.map((n) => `${n} (${n.endsWith('csv') ? 'CSV' : 'JSON'})`),
    VALID_TOTAL,
  );
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A file's report, found by the file's name exactly (with the kind of file the dashboard took it for). */
const reportOf = async (page: Page, name: string) =>
  (
    await page
      .locator('.file-report')
      .filter({
        has: page.locator('.file-name').filter({ hasText: new RegExp(`^${escape(name)}( \\((JSON|CSV)\\))?$`) }),
      })
      .innerText()
  ).replace(/\s+/g, ' ');

describe('the partnership dashboard', () => {
  it('imports a mix of valid, invalid and hostile files and reports each', async () => {
    const { page, errors } = await openDashboard();
    page.on('dialog', (d) => void d.dismiss().then(() => errors.push(`dialog: ${d.message()}`)));
    const cohortA = readFileSync(fixture('cohort-a.json'));
    await importFiles(
      page,
      [
        ...validFiles.map(payload),
        payload('hostile-text.json'),
        payload('not-results.csv'),
        { name: 'cut-short.json', mimeType: 'application/json', buffer: cohortA.subarray(0, 2500) },
        { name: 'photo.csv', mimeType: 'text/csv', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]) },
        { name: 'latin1.csv', mimeType: 'text/csv', buffer: Buffer.from('id,cohort\r\n1,Caf\xe9\r\n', 'latin1') },
        { name: 'deep.json', mimeType: 'application/json', buffer: Buffer.from('['.repeat(100_000)) },
      ],
      [
        'cohort-a.json (JSON)',
        'single-record.json (JSON)',
        'cohort-b.csv (CSV)',
        'mixed.json (JSON)',
        'hostile-text.json (JSON)',
        'not-results.csv (CSV)',
        'cut-short.json (JSON)',
        'photo.csv',
        'latin1.csv',
        'deep.json (JSON)',
      ],
      VALID_TOTAL + 1,
    );
    expect(await page.locator('.import-report > p').first().textContent()).toBe(
      'Import finished: 13 records imported, 3 records rejected, 2 duplicates skipped, 5 files not imported.',
    );
    expect(await reportOf(page, 'cohort-a.json')).toContain('6 records imported.');
    expect(await reportOf(page, 'single-record.json')).toContain('1 record imported.');
    expect(await reportOf(page, 'cohort-b.csv')).toContain(
      '3 records imported, 1 duplicate skipped (already imported).',
    );
    const mixed = await reportOf(page, 'mixed.json');
    expect(mixed).toContain('2 records imported, 3 records rejected, 1 duplicate skipped');
    expect(mixed).toContain('record 2: the overall score (column overall, from 0 to 1) is out of range');
    expect(mixed).toContain(
      'record 3: the start time (column started_at) must be an ISO 8601 date and time. Correct it in the file, or export the results again from the simulator',
    );
    expect(mixed).toContain('record 4: the record cannot be read.');
    expect(await reportOf(page, 'hostile-text.json')).toContain('1 record imported.');
    expect(await reportOf(page, 'not-results.csv')).toContain('Not imported: it is neither JSON nor a results CSV');
    expect(await reportOf(page, 'cut-short.json')).toContain('Not imported: it is not complete JSON');
    expect(await reportOf(page, 'photo.csv')).toContain('Not imported: it is not UTF-8 text');
    expect(await reportOf(page, 'latin1.csv')).toContain('Not imported: it is not UTF-8 text');
    expect(await reportOf(page, 'deep.json')).toContain(
      `Not imported: it is nested more than ${MAX_DEPTH} levels deep`,
    );
    expect(await page.locator('.file-report.refused').count()).toBe(5);

    // The hostile text is shown as text: no element was made from it and no script ran.
    const cohorts = await page.locator('#filter-cohort option').allTextContents();
    expect(cohorts).toContain('<script>window.pwned=1</script> (1)');
    expect(await page.locator('#filter-role option', { hasText: '<img src=x' }).count()).toBe(1);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.locator('main img, main script').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('imports files dropped on the drop zone', async () => {
    const { page, errors } = await openDashboard();
    const text = readFileSync(fixture('single-record.json'), 'utf8');
    const dataTransfer = await page.evaluateHandle((t) => {
      const dt = new DataTransfer();
      dt.items.add(new File([t], 'dropped.json', { type: 'application/json' }));
      return dt;
    }, text);
    await page.dispatchEvent('.drop-zone', 'dragover', { dataTransfer });
    await page.dispatchEvent('.drop-zone', 'drop', { dataTransfer });
    await expect.poll(() => page.locator('.file-report').innerText()).toContain('1 record imported.');
    await expect.poll(() => page.locator('.selection-summary').textContent()).toContain('of 1 records');
    expect(errors).toEqual([]);
  });

  it('refuses a file over the size limit without reading it', async () => {
    const { page, errors } = await openDashboard();
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dashboard-'));
    const huge = path.join(dir, 'huge.json');
    const fd = openSync(huge, 'w');
    ftruncateSync(fd, MAX_FILE_BYTES + 1); // sparse: takes no disk space
    closeSync(fd);
    await page.setInputFiles('#dashboard-files', huge);
    await expect
      .poll(() => page.locator('.file-report').innerText())
      .toContain('Not imported: it is larger than 1 GB, the most the dashboard reads from one file.');
    rmSync(dir, { recursive: true });
    expect(errors).toEqual([]);
  });

  it('shows the measures the engine computes, with n, and filters them', async () => {
    const { page, errors } = await openDashboard();
    await importValid(page);
    const expected = aggregate(fixtureRecords().map(toMeasured));
    const overall = (
      await page.locator('table[class="data-table"]').first().locator('tbody tr').first().allInnerTexts()
    )[0]!;
    const cells = overall.split('\t').map((c) => c.trim());
    expect(cells[0]).toBe('All selected records');
    expect(cells[1]).toBe(String(expected.records));
    expect(cells[3]).toBe(expected.overall.preTest.value!.toFixed(1));
    expect(cells[4]).toBe(String(expected.overall.preTest.n));
    expect(cells[7]).toBe(expected.overall.gain.value!.toFixed(1));
    expect(cells[9]).toBe(String(expected.overall.gain.n));
    // Twelve records across three scenarios: the per-scenario figures are flagged.
    expect(await page.locator('td.few').count()).toBeGreaterThan(0);
    expect(await page.locator('td.few').first().textContent()).toMatch(/\[n<5\]$/);

    // The agency most records give, selected by keyboard-operable native control.
    const agencies = fixtureRecords().flatMap((r) => r.participant.agency ?? []);
    const agency = agencies.sort(
      (a, b) => agencies.filter((x) => x === b).length - agencies.filter((x) => x === a).length,
    )[0]!;
    const ofAgency = fixtureRecords().filter((r) => r.participant.agency === agency).length;
    await page.selectOption('#filter-agency', { label: `${agency} (${ofAgency})` });
    await expect
      .poll(() => page.locator('.selection-summary').textContent())
      .toContain(`Measuring ${ofAgency} of ${VALID_TOTAL} records`);
    expect(await page.locator('.selection-summary').textContent()).toContain(`Filters: agency: ${agency}.`);
    expect(
      await page.locator('table.data-table').first().locator('tbody tr').first().locator('td').first().textContent(),
    ).toBe(String(ofAgency));
    const fromJune = fixtureRecords().filter((r) => r.startedAt >= '2026-06-01').length;
    await page.getByRole('button', { name: 'Clear filters', exact: true }).click();
    await page.fill('#filter-from', '2026-06-01');
    await expect
      .poll(() => page.locator('.selection-summary').textContent())
      .toContain(`Measuring ${fromJune} of ${VALID_TOTAL} records`);
    expect(errors).toEqual([]);
  });

  it('draws every chart, and each has a text summary and a table beside it', async () => {
    const { page, errors } = await openDashboard();
    await importValid(page);
    await expect.poll(() => page.locator('canvas[data-chart]').count()).toBe(3);
    const inked = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLCanvasElement>('canvas[data-chart]')].map((canvas) => {
        const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
        let coloured = 0;
        for (let i = 0; i < data.length; i += 4)
          if (data[i]! < 200 || data[i + 1]! < 200 || data[i + 2]! < 200) coloured++;
        return { chart: canvas.dataset.chart, hidden: canvas.getAttribute('aria-hidden'), coloured };
      }),
    );
    for (const chart of inked) {
      expect(chart.hidden).toBe('true');
      expect(chart.coloured, chart.chart).toBeGreaterThan(1000);
    }
    for (const section of await page.locator('.measure-section:has(canvas)').all()) {
      expect(await section.locator('.chart-summary').textContent()).toMatch(/\(n \d+/);
      expect(await section.locator('table').count()).toBe(1);
    }
    const download = page.waitForEvent('download');
    await page
      .getByRole('button', { name: /^Download chart as PNG ?: / })
      .first()
      .click();
    const png = readFileSync((await (await download).path())!);
    expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(errors).toEqual([]);
  });

  it('exports each table as CSV matching the table shown, with formula-like cells neutralised', async () => {
    const { page, errors } = await openDashboard();
    await importValid(page);
    await importFiles(page, fixture('hostile-text.json'), ['hostile-text.json (JSON)'], VALID_TOTAL + 1);
    const tables = await page.locator('.measure-table').all();
    expect(tables.length).toBe(6);
    for (const table of tables) {
      const shown = await table
        .locator('tr')
        .evaluateAll((rows) =>
          rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? '')),
        );
      const download = page.waitForEvent('download');
      await table.getByRole('button', { name: /^Download table as CSV ?: / }).click();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(/^partnership-[a-z-]+-\d{4}-\d{2}-\d{2}\.csv$/);
      const text = readFileSync((await file.path())!, 'utf8');
      const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true }).data.map((row) => row.map(unsafeCell));
      expect(parsed).toEqual(shown);
      const lines = text.split('\r\n');
      expect(lines.filter((line) => /^[=+@]/.test(line))).toEqual([]);
      if (shown.some((row) => row[0] === "=cmd|' /C calc'!A0"))
        expect(lines).toContainEqual(expect.stringMatching(/^'=cmd/));
    }
    expect(errors).toEqual([]);
  });

  it('keeps the records after a reload, and removes them only after confirmation', async () => {
    const { page, errors } = await openDashboard();
    await importFiles(page, fixture('cohort-a.json'), ['cohort-a.json (JSON)'], 6);
    await page.reload();
    await onView(page, DASHBOARD);
    await expect.poll(() => page.locator('.held').textContent()).toContain('6 records held in this browser');
    await expect.poll(() => page.locator('.selection-summary').textContent()).toContain('of 6 records');

    const remove = page.getByRole('button', { name: 'Remove imported records…', exact: true });
    await remove.click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('confirm-clear-title');
    await page.getByRole('button', { name: 'Keep them', exact: true }).click();
    expect(await page.locator('.held').textContent()).toContain('6 records held');

    await remove.click();
    await page.getByRole('button', { name: 'Remove the records', exact: true }).click();
    await expect.poll(() => page.locator('.held').textContent()).toBe('No records held in this browser yet.');
    await page.reload();
    await onView(page, DASHBOARD);
    await expect.poll(() => page.locator('.selection-summary').textContent()).toContain('No records yet');
    expect(errors).toEqual([]);
  });

  it('has no accessibility violations, empty or with data, and prints the report without the controls', async () => {
    const { page, errors } = await openDashboard();
    expect(await axeViolations(page)).toEqual([]);
    await importValid(page);
    await expect.poll(() => page.locator('canvas[data-chart]').count()).toBe(3);
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.dashboard-import').isVisible()).toBe(false);
    expect(await page.locator('.filters').isVisible()).toBe(false);
    expect(await page.locator('.data-table').first().isVisible()).toBe(true);
    expect(await page.locator('.selection-summary').isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('works under a strict Content-Security-Policy', async () => {
    await h.context.route(
      (url) => url.pathname.endsWith('/') || url.pathname.endsWith('/index.html'),
      async (route) => {
        const response = await route.fetch();
        await route.fulfill({
          response,
          headers: {
            ...response.headers(),
            'content-security-policy':
              "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; worker-src 'self'",
          },
        });
      },
    );
    await h.context.addInitScript(() => {
      const w = window as unknown as { violations: string[] };
      w.violations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        w.violations.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    const { page, errors } = await openDashboard();
    await importValid(page);
    await expect.poll(() => page.locator('canvas[data-chart]').count()).toBe(3);
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('is reached from the header, and the other pages do not load its code', async () => {
    const requested: string[] = [];
    h.context.on('request', (r) => requested.push(r.url()));
    const { page } = await h.open('#/');
    await onView(page, 'Choose a scenario');
    await afterDeferredWork(page);
    expect(requested.filter((u) => /dashboard-page-[\w-]+\.js$/.test(u))).toEqual([]);
    await page.getByRole('banner').getByRole('link', { name: DASHBOARD, exact: true }).click();
    await onView(page, DASHBOARD);
    expect(requested.filter((u) => /dashboard-page-[\w-]+\.js$/.test(u))).toHaveLength(1);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(DASHBOARD);
  });
});
