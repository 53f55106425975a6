import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: 'scripts/eslint.config.mjs' });

/** The rules a snippet breaks, linted as if it were the file at `path` (which need not exist). */
async function errorsIn(path: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath: resolve(ROOT, path) });
  return result!.messages.map((m) => ({ rule: m.ruleId, severity: m.severity, text: m.message }));
}

const DECK_IMPORT = "import { Deck } from '@deck.gl/core';\nexport const deckClass = Deck;\n";

describe('import fences', { timeout: 60_000 }, () => {
  it('stop a panel from importing deck.gl', async () => {
    const errors = await errorsIn('src/ui/corridor/Example.tsx', DECK_IMPORT);
    expect(errors).toEqual([expect.objectContaining({ rule: 'no-restricted-imports', severity: 2 })]);
    expect(errors[0]!.text).toContain('@deck.gl/core');
  });

  it('let the map itself import deck.gl', async () => {
    expect(await errorsIn('src/map/example.ts', DECK_IMPORT)).toEqual([]);
  });

  it('stop a layer builder from importing React', async () => {
    const code = "import { useMemo } from 'react';\nexport const memo = useMemo;\n";
    expect(await errorsIn('src/map/layers/example-layer.ts', code)).toEqual([
      expect.objectContaining({ rule: 'no-restricted-imports', severity: 2 }),
    ]);
  });

  it('stop export code from importing the map', async () => {
    const code = "import { cohortPaletteOf } from '../map/palette';\nexport const palette = cohortPaletteOf;\n";
    expect(await errorsIn('src/export/example.ts', code)).toEqual([
      expect.objectContaining({ rule: 'no-restricted-imports', severity: 2 }),
    ]);
  });

  it('stop the map from loading export code lazily', async () => {
    const code = "export const loadPng = () => import('../export/png-export');\n";
    expect(await errorsIn('src/map/example.ts', code)).toEqual([
      expect.objectContaining({ rule: 'no-restricted-syntax', severity: 2 }),
    ]);
  });
});

describe('React hooks rules', { timeout: 60_000 }, () => {
  const component = (deps: string) => `import { useEffect } from 'react';
export function Title({ text }: { text: string }) {
  useEffect(() => {
    document.title = text;
  }, [${deps}]);
  return null;
}
`;

  it('fail an effect that leaves out what it reads', async () => {
    expect(await errorsIn('src/ui/Title.tsx', component(''))).toEqual([
      expect.objectContaining({ rule: 'react-hooks/exhaustive-deps', severity: 2 }),
    ]);
  });

  it('pass the same effect with its dependency listed', async () => {
    expect(await errorsIn('src/ui/Title.tsx', component('text'))).toEqual([]);
  });
});
