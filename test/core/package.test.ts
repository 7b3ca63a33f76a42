import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import de from '../../locales/de/uc-error-kit-ms-ocer.json' with { type: 'json' };
import { ensureBuilt } from './built';

// These tests load the built package the way an app does; `npm test` builds first.
beforeAll(ensureBuilt, 240_000);

function node(source: string) {
  return spawnSync(process.execPath, ['--input-type=module', '-e', source], { encoding: 'utf8' });
}

describe('the package', () => {
  it('imports uc-error-kit/core and a family entry in plain Node, by its exports map, and loads English on demand', () => {
    const run = node(`
      import { formatError, loadLanguage } from 'uc-error-kit/core';
      import { msOcer } from 'uc-error-kit/ms-ocer';
      const busy = () => formatError(msOcer, { sipStatus: 486 }, { mode: 'Voice' }, { values: { userName: 'Avery' } });
      console.log(busy().summary);
      await loadLanguage('en', [msOcer]);
      console.log(busy().summary);
    `);
    expect(run.stderr).toBe('');
    // The generic message the family bundles, then the sentence once its English is in.
    expect(run.stdout.trim().split('\n')).toEqual([
      'An error occurred.',
      '\u2068Avery\u2069 is in another call.',
    ]);
  });

  it('loads a language from its own chunk of the build, on demand', () => {
    const run = node(`
      import { formatError, isLanguageLoaded, loadLanguage } from 'uc-error-kit/core';
      import { msOcer } from 'uc-error-kit/ms-ocer';
      const before = isLanguageLoaded('de-AT', [msOcer]);
      const language = await loadLanguage('de-AT', [msOcer]);
      const f = formatError(msOcer, { sipStatus: 486 }, { mode: 'Voice' }, { lng: 'de-AT', values: { userName: 'Avery' } });
      console.log(JSON.stringify([before, language, isLanguageLoaded('de', [msOcer]), f.summary, f.summaryLanguage]));
    `);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual([
      false,
      'de',
      true,
      de.userInAnotherCall.replace('{{userName}}', '\u2068Avery\u2069'),
      { lang: 'de', dir: 'ltr' },
    ]);
    // Each language of each namespace is a file of its own in the build.
    expect(readdirSync('dist/locales/de').some((f) => f.startsWith('uc-error-kit-ms-ocer.'))).toBe(
      true,
    );
  });

  it('runs uc-error-kit/core in a worker', () => {
    const run = node(`
      import { Worker } from 'node:worker_threads';
      const w = new Worker("import { parentPort } from 'node:worker_threads'; import { resolveError } from 'uc-error-kit/core'; import { msOcer } from 'uc-error-kit/ms-ocer'; await msOcer.load(); parentPort.postMessage(resolveError(msOcer, { msDiagnostics: 1008 }, { mode: 'IM' }).summaryKey);", { eval: true, type: 'module' });
      w.on('message', (m) => { console.log(m); w.terminate(); });
    `);
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe('notDeliveredAddressNotFederated');
  });

  it('keeps React, i18next and CSS out of the core build, loaded on demand or not', () => {
    const reachable = new Set<string>();
    const visit = (file: string) => {
      if (reachable.has(file)) return;
      reachable.add(file);
      const text = readFileSync(file, 'utf8');
      // Static imports and re-exports, each at the start of a statement (the words bundled
      // in a module hold "from" and "import" in their sentences), and literal import()s.
      const specs = [
        ...text.matchAll(/^\s*(?:import|export)\b[^;"'`]*?(?:from\s*)?["']([^"']+)["']/gm),
        ...text.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g),
      ].map((m) => m[1] as string);
      for (const spec of specs) {
        expect(spec, `${file} imports ${spec}`).toMatch(/^\.\.?\//);
        visit(join(file, '..', spec));
      }
    };
    visit('dist/core.js');
    // The entry re-exports its modules: the walk must have followed them.
    expect(reachable.size).toBeGreaterThan(1);
    for (const file of reachable) expect(file).not.toMatch(/\.css$/);
  });

  it('declares only its CSS as having side effects', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    expect(pkg.sideEffects).toEqual(['**/*.css']);
    expect(Object.keys(pkg.exports)).toEqual(
      expect.arrayContaining(['.', './core', './styles.css']),
    );
  });
});

describe('the core sources', () => {
  it('import neither React nor react-i18next nor i18next', () => {
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
        d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)],
      );
    for (const file of walk('src/core')) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(
        /from ['"](react|react-dom|react-i18next|i18next)(\/[^'"]*)?['"]/,
      );
    }
  });
});
