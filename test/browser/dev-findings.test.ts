/**
 * The checker's findings in the dev preview: a scenario with a warning shows a dismissible
 * panel with file:line; saving an error into it brings up Vite's error overlay with the
 * checker's message.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type ViteDevServer, createServer } from 'vite';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { storiesPlugin } from '../../tools/vite-plugin-stories.ts';
import { useBrowser } from './harness.ts';

const harness = useBrowser();
const stories = mkdtempSync(path.join(tmpdir(), 'dev-stories-'));
const main = path.join(stories, 'sample', 'main.ink');
let server: ViteDevServer;
let url = '';

beforeAll(async () => {
  cpSync('stories/sample', path.join(stories, 'sample'), { recursive: true });
  writeFileSync(main, `${readFileSync(main, 'utf8')}\n=== forgotten\nNobody comes here.\n-> END\n`);
  server = await createServer({
    configFile: false,
    root: process.cwd(),
    logLevel: 'silent',
    plugins: [storiesPlugin({ root: stories })],
    server: { host: '127.0.0.1', port: 0, strictPort: false },
  });
  await server.listen();
  url = server.resolvedUrls!.local[0]!;
});

afterAll(async () => {
  await server?.close();
});

it('shows the checker warnings in a panel that can be dismissed, and errors in the overlay', async () => {
  const { page } = await harness.open(null);
  await page.goto(url);
  const panel = page.getByRole('complementary', { name: /^Checker warnings \(\d+\)$/ });
  const warning = panel.getByRole('listitem').filter({ hasText: "knot or stitch 'forgotten' is never reached" });
  await warning.waitFor({ timeout: 60_000 });
  expect(await warning.locator('code').textContent()).toMatch(/sample[/\\]main\.ink:\d+$/);
  await panel.getByRole('button', { name: 'Dismiss' }).click();
  await panel.waitFor({ state: 'detached' });

  // The path that closes the case loses its ending tag: a dead end, which is an error.
  writeFileSync(main, readFileSync(main, 'utf8').replace('# ending: closed; The case was closed', ''));
  const message = page.locator('vite-error-overlay .message-body');
  await message.waitFor({ timeout: 60_000 });
  await expect.poll(() => message.textContent()).toMatch(/main\.ink:\d+: dead end in /);
});
