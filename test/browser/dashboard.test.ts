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

/** Downloads started from one page before the CSV test opens it afresh (see that test). */
const DOWNLOADS_PER_PAGE = 8;

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

/**
 * Six learners on the sample scenario, with a pre-, post- and follow-up test of four questions,
 * certainty on every answer and the manager's answers for three of them, worked by hand:
 *
 *   learner   pre (pre-1…4)   post (post-1…4)   follow-up (fu-1…4)   pre → post
 *   L1        1 1 1 0   0.75  1 1 1 1   1.00    1 1 1 0   0.75        +0.25
 *   L2        1 1 0 0   0.50  1 1 1 0   0.75    1 1 0 1   0.75        +0.25
 *   L3        1 0 1 0   0.50  1 1 1 1   1.00    1 1 0 0   0.50        +0.50
 *   L4        1 1 1 1   1.00  1 1 1 1   1.00    1 1 1 1   1.00         0
 *   L5        0 0 0 1   0.25  1 1 0 0   0.50    —                     +0.25
 *   L6        1 0 0 0   0.25  1 0 1 1   0.75    —                     +0.50
 *
 * Pre → post: Σd = 1.75, Σd² = 0.6875, mean 0.291667, SD √((0.6875 − 1.75²/6)/5) = 0.188193,
 *   d_z = 1.549826, SE = √(1/6 + d_z²/12) = 0.605665, t(5) = 2.570582 → 95% CI −0.007 to 3.107.
 * Normalised gain: L1 1, L2 0.5, L3 1, L5 1/3, L6 2/3 (L4 had full marks before): mean 3.5/5 = 0.70.
 * Follow-up (L1–L4): mean 75.0%, n 4. Retention on L1–L4's means: pre 0.6875, post 0.9375,
 *   follow-up 0.75 → (0.75 − 0.6875) / (0.9375 − 0.6875) = 0.25.
 * Pre → follow-up: d = 0, 0.25, 0, 0: mean 0.0625, SD 0.125, d_z 0.5, SE √(1/4 + 0.25/8) = 0.530330,
 *   t(3) = 3.182446 → 95% CI −1.19 to 2.19.
 * Certainty: pre-test right "fairly sure", wrong "sure" for L1–L3 and "not sure" for L4–L6:
 *   13 right × 2, 5 wrong × −6, 6 wrong × 0 → −4 / 24 = −0.17; sure and wrong 5/24 = 20.8%.
 *   Post-test right "sure", wrong "not sure": 20 × 3 / 24 = 2.50. Follow-up right "sure",
 *   wrong "fairly sure": (12 × 3 − 4 × 2) / 16 = 1.75, on 4 learners (flagged).
 * Items, pre-test: the matrix of test/unit/item-analysis.test.ts: KR-20 0.33, pre-1 r 0.16 (does
 *   not discriminate), pre-4 r −0.22 (works against the test). Post-test: everyone right on post-1
 *   (almost everyone right), post-2 r −0.29; KR-20 0.13.
 * Use in practice (L1–L3): used 3, 4 and 1 ("Not yet" 1 of 3 = 33.3%).
 */
const EVALUATION = {
  pre: ['1110', '1100', '1010', '1111', '0001', '1000'],
  post: ['1111', '1110', '1111', '1111', '1100', '1011'],
  followUp: ['1110', '1101', '1100', '1111'],
  practice: [
    { applied: 3, changed: 2, supervision: 2 },
    { applied: 4, changed: 3, supervision: null },
    { applied: 1, changed: 1, supervision: 1 },
  ],
};

function evaluationRecords(): ResultRecord[] {
  const base = JSON.parse(readFileSync(fixture('single-record.json'), 'utf8')) as ResultRecord;
  const lps = ['s-ask-others', 's-ask-others', 's-see-the-child', 's-see-the-child'];
  const at = '2026-05-04T10:00:00.000Z';
  const test = (form: string, row: string, certainty: (right: boolean) => 1 | 2 | 3) => {
    const answers = [...row].map((x, j) => ({
      questionId: `${form}-${j + 1}`,
      learningPoint: lps[j]!,
      chosen: x === '1' ? 1 : 0,
      correct: x === '1',
      certainty: certainty(x === '1'),
    }));
    return { answers, score: answers.filter((a) => a.correct).length, max: 4, at };
  };
  return EVALUATION.pre.map((pre, i) => {
    const followUp = EVALUATION.followUp[i];
    const practice = EVALUATION.practice[i];
    return {
      ...base,
      version: 2,
      id: `evaluation-${i + 1}`,
      startedAt: at,
      finishedAt: at,
      preTest: test('pre', pre, (right) => (right ? 2 : i < 3 ? 3 : 1)),
      postTest: test('post', EVALUATION.post[i]!, (right) => (right ? 3 : 1)),
      followUpTest: followUp ? test('fu', followUp, (right) => (right ? 3 : 2)) : null,
      practice: practice ? { ...practice, at } : null,
      confidence: { before: { 'information-sharing': 2 }, after: { 'information-sharing': 4 } },
    };
  });
}

/** The cells of a table's rows (header cells and data cells), trimmed. */
const rowsOf = (table: ReturnType<Page['locator']>) =>
  table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').trim())),
    );

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
    const ids = await page.locator('.measure-table').evaluateAll((tables) => tables.map((t) => t.dataset.table!));
    // Six tables, learning gain, and one per test form taken (these records have no certainty or practice).
    const hostile = [JSON.parse(readFileSync(fixture('hostile-text.json'), 'utf8'))].flat() as ResultRecord[];
    const forms = aggregate([...fixtureRecords(), ...hostile].map(toMeasured)).items.length;
    expect(forms).toBeGreaterThan(0);
    expect(ids).toHaveLength(6 + 1 + forms);
    for (const [i, id] of ids.entries()) {
      // Chromium lets a page start only so many downloads in quick succession (the eleventh in
      // a burst never comes): the records are kept, so a fresh page carries on.
      if (i > 0 && i % DOWNLOADS_PER_PAGE === 0) {
        await page.reload();
        await onView(page, DASHBOARD);
        await expect
          .poll(() => page.locator('.selection-summary').textContent())
          .toContain(`of ${VALID_TOTAL + 1} records`);
      }
      const table = page.locator(`.measure-table[data-table="${id}"]`);
      const shown = await table
        .locator('tr')
        .evaluateAll((rows) =>
          rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? '')),
        );
      const download = page.waitForEvent('download');
      await table.getByRole('button', { name: /^Download table as CSV ?: / }).click();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(/^partnership-[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.csv$/);
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

  it('shows learning gain, calibration, test items and use in practice, each with n and its flags', async () => {
    const { page, errors } = await openDashboard();
    const records = evaluationRecords();
    for (const r of records) expect(validateResult(r).ok, r.id).toBe(true);
    await importFiles(
      page,
      [{ name: 'evaluation.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(records)) }],
      ['evaluation.json (JSON)'],
      6,
    );

    const gain = page.locator('section[aria-labelledby="learning-gain-title"]');
    const figures = (await gain.locator('dl.gain-figures dd').allTextContents()).join('\n');
    expect(figures).toContain('d_z 1.55 (95% CI -0.01 to 3.11), n = 6');
    expect(figures).toContain('g 0.70, n = 5');
    expect(figures).toContain('1 with full marks before left out');
    expect(figures).toContain('75.0%, n = 4 [n<5]');
    expect(figures).toContain('0.25: 25% of the gain after play was still there at follow-up, n = 4 [n<5]');
    expect(figures).toContain('pre 68.8%, post 93.8%, follow-up 75.0%');
    expect(figures).toContain('d_z 0.50 (95% CI -1.19 to 2.19), n = 4 [n<5]');
    expect(await gain.locator('.chart-summary').textContent()).toContain('about 0.3 (Cook et al. 2012)');
    expect((await rowsOf(gain.locator('table')))[0]).toEqual([
      'All selected records',
      '1.55',
      '-0.01 to 3.11',
      '6',
      '0.70',
      '5',
      '75.0 [n<5]',
      '4',
      '0.25 [n<5]',
      '4',
      '0.50 [n<5]',
      '-1.19 to 2.19',
      '4',
    ]);

    const calibration = page.locator('section[aria-labelledby="calibration-title"]');
    expect(await rowsOf(calibration.locator('table'))).toEqual(
      expect.arrayContaining([
        ['All selected records', 'Pre-test', '6', '24', '-0.17', '20.8', '0.0', '6', '100.0', '13', '0.0', '5'],
        // Accuracy at a level of certainty used by fewer than 5 answers is flagged too.
        [
          'All selected records',
          'Post-test',
          '6',
          '24',
          '2.50',
          '0.0',
          '0.0 [n<5]',
          '4',
          'no data',
          '0',
          '100.0',
          '20',
        ],
        [
          'All selected records',
          'Follow-up test',
          '4',
          '16',
          '1.75 [n<5]',
          '0.0 [n<5]',
          'no data',
          '0',
          '0.0 [n<5]',
          '4',
          '100.0 [n<5]',
          '12',
        ],
      ]),
    );
    const said = await calibration.locator('.chart-summary').textContent();
    expect(said).toContain('Answers given as “sure” that were wrong: 20.8% before play (24 answers from 6 learners)');
    expect(said).toContain('changed by +2.00 on the 1 to 5 scale');

    const items = page.locator('section[aria-labelledby="test-items-title"]');
    const captions = await items.locator('caption').allTextContents();
    expect(captions).toEqual([
      'Sample: Missed checks, pre-test: KR-20 0.33 (k = 4 questions, n = 6 learners)',
      'Sample: Missed checks, post-test: KR-20 0.13 (k = 4 questions, n = 6 learners)',
      'Sample: Missed checks, follow-up test: KR-20 0.00 (k = 4 questions, n = 4 learners)',
    ]);
    const pre = await rowsOf(items.locator('[data-table="items-sample-pre"] table'));
    expect(pre.map((row) => [row[0], ...row.slice(2)])).toEqual([
      ['pre-1', '6', '0.83', '0.16', 'does not discriminate'],
      ['pre-2', '6', '0.50', '0.45', 'none'],
      ['pre-3', '6', '0.50', '0.45', 'none'],
      ['pre-4', '6', '0.33', '-0.22', 'works against the test'],
    ]);
    expect(pre[0]![1]).not.toBe('s-ask-others'); // the learning point's title, not its id
    const post = await rowsOf(items.locator('[data-table="items-sample-post"] table'));
    expect(post[0]!.slice(3)).toEqual(['1.00', 'not defined: all right', 'almost everyone right']);
    expect(post[1]!.slice(4)).toEqual(['-0.29', 'works against the test']);
    const followUp = items.locator('[data-table="items-sample-followup"]');
    expect(await followUp.locator('td.few').count()).toBeGreaterThan(0);
    expect(await followUp.locator('.table-note').allTextContents()).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^KR-20 is below 0\.7/),
        expect.stringContaining('few learners, do not act on these figures yet'),
      ]),
    );

    const practice = page.locator('section[aria-labelledby="use-in-practice-title"]');
    const answers = await rowsOf(practice.locator('table'));
    expect(answers[0]!.slice(1)).toEqual(['Not yet', '1', '33.3 [n<5]', '3']);
    expect(answers).toHaveLength(4 + 4 + 3);
    expect(await practice.locator('.chart-summary').textContent()).toContain(
      'The managers of 3 learners answered at follow-up.',
    );

    // Every table sits in a labelled, focusable scroll region, so it can be read on a phone.
    for (const region of await page.locator('.measure-table .table-scroll').all()) {
      expect(await region.getAttribute('role')).toBe('region');
      expect(await region.getAttribute('tabindex')).toBe('0');
      const label = await region.getAttribute('aria-labelledby');
      expect(await page.locator(`caption#${label}`).count()).toBe(1);
    }
    // On a phone the page does not scroll sideways: wide tables scroll inside their region
    // (the charts follow the new width once Chart.js has seen the resize).
    await page.setViewportSize({ width: 375, height: 740 });
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(await axeViolations(page)).toEqual([]);
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
