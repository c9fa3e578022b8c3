import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

/** The boundary errors ESLint reports for `code` placed at `filePath`. */
async function boundaryErrors(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports' || m.ruleId === 'no-restricted-globals')
    .map((m) => m.message);
}

describe('the layer boundaries the lint enforces', () => {
  it('refuses an import from ui (or anything else) into the engine', async () => {
    expect(
      await boundaryErrors("import { h } from '../ui/dom.ts';\nexport const x = h;\n", 'src/engine/planted.ts'),
    ).toEqual([expect.stringContaining('src/engine may not import src/ui (see docs/architecture.md).')]);
    expect(
      await boundaryErrors(
        "import localforage from 'localforage';\nexport const x = localforage;\n",
        'src/engine/planted.ts',
      ),
    ).toEqual([expect.stringContaining('localforage belongs to src/storage only.')]);
  });

  it('refuses browser globals in the engine', async () => {
    expect(await boundaryErrors('export const x = () => fetch("/x");\n', 'src/engine/planted.ts')).toEqual([
      expect.stringContaining('src/engine runs in Node and the browser alike: no browser globals.'),
    ]);
  });

  it('refuses views reaching into the app, the scenes or the LMS', async () => {
    expect(
      await boundaryErrors(
        "import { SETTINGS_KEY } from '../app/settings.ts';\nexport const x = SETTINGS_KEY;\n",
        'src/ui/planted.ts',
      ),
    ).toEqual([expect.stringContaining('src/ui may not import src/app (see docs/architecture.md).')]);
    expect(
      await boundaryErrors("import { h } from '../ui/dom.ts';\nexport const x = h;\n", 'src/lms/planted.ts'),
    ).toEqual([expect.stringContaining('src/lms may not import src/ui (see docs/architecture.md).')]);
  });

  it('lets the LMS layer use storage’s interfaces but not its code, and the app use everything', async () => {
    expect(
      await boundaryErrors(
        "import type { KeyValueStore } from '../storage/store.ts';\nexport type X = KeyValueStore;\n",
        'src/lms/planted.ts',
      ),
    ).toEqual([]);
    expect(
      await boundaryErrors(
        "import { MemoryStore } from '../storage/store.ts';\nexport const x = MemoryStore;\n",
        'src/lms/planted.ts',
      ),
    ).toEqual([expect.stringContaining('src/lms may not import src/storage (see docs/architecture.md).')]);
    expect(
      await boundaryErrors(
        "import { h } from '../ui/dom.ts';\nimport { MemoryStore } from '../storage/store.ts';\nexport const x = [h, MemoryStore];\n",
        'src/app/planted.ts',
      ),
    ).toEqual([]);
  });
});
