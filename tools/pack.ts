/**
 * `npm run pack -- stories/<id>`: the trainer's pack of a scenario as a PDF, printed by
 * Debian's Chromium from the built app's `#/pack/<id>` page (its print stylesheet starts
 * each section on a new A4 page).
 *
 *   npx tsx tools/pack.ts stories/<id> [more…] [--dist dist] [--out dist-packs]
 *
 * Build the app first (`npm run build`).
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './lib/chromium.ts';
import { startStaticServer } from './lib/static-server.ts';

export interface PackOptions {
  dist: string;
  out: string;
  ids: string[];
}

/** Writes one PDF per scenario; returns their paths. */
export async function writePacks(options: PackOptions): Promise<string[]> {
  if (!existsSync(path.join(options.dist, 'index.html'))) {
    throw new Error(`${options.dist}/index.html is missing: build the app first (npm run build)`);
  }
  mkdirSync(options.out, { recursive: true });
  const site = await startStaticServer(options.dist);
  const browser = await launchChromium();
  const written: string[] = [];
  try {
    for (const id of options.ids) {
      const page = await browser.newPage({ serviceWorkers: 'block' });
      await page.goto(`${site.url}#/pack/${encodeURIComponent(id)}`);
      const pack = page.locator('.trainer-pack[data-ready]');
      const problem = page.locator('#main h1', { hasText: 'could not be loaded' });
      await pack.or(problem).waitFor({ timeout: 60_000 });
      if (await problem.isVisible()) throw new Error(`${id}: ${await page.locator('#main').innerText()}`);
      const file = path.join(options.out, `${id}-trainer-pack.pdf`);
      await page.emulateMedia({ media: 'print' });
      await page.pdf({
        path: file,
        format: 'A4',
        printBackground: true,
        margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' },
      });
      written.push(file);
      await page.close();
    }
  } finally {
    await browser.close();
    await site.close();
  }
  return written;
}

function parseArgs(argv: string[]): PackOptions {
  const options: PackOptions = { dist: 'dist', out: 'dist-packs', ids: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--dist' || arg === '--out') {
      const value = argv[++i];
      if (!value) throw new Error(`${arg} needs a value`);
      options[arg === '--dist' ? 'dist' : 'out'] = value;
    } else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
    else options.ids.push(path.basename(path.resolve(arg)));
  }
  if (!options.ids.length) throw new Error('name a scenario: npm run pack -- stories/<id>');
  return options;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writePacks(parseArgs(process.argv.slice(2)))
    .then((files) => {
      for (const f of files) console.log(`wrote ${path.relative(process.cwd(), f)}`);
    })
    .catch((e: Error) => {
      console.error(`pack: ${e.message}`);
      process.exit(1);
    });
}
