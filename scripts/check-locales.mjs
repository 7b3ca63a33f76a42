#!/usr/bin/env node
// Checks every language of every namespace against English, beyond what i18n-check covers.
//
//   node scripts/check-locales.mjs           checks; exit 1 naming language, key and fault
//   node scripts/check-locales.mjs --status  also rewrites the status table in locales/README.md
//
// `i18n-check` (run before this in `npm test`) reports missing keys and placeholder
// mismatches; this adds what it does not know: every language of the kit present, plural
// forms exactly as CLDR gives the language, no empty string, no markup or i18next nesting,
// and no sentence identical to English unless it is on the reviewed list
// (locales/identical-to-english.json).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const LOCALES = resolve(root, 'locales');
const read = (path) => JSON.parse(readFileSync(path, 'utf8'));

/** The kit's languages, read from src/core/languages.ts so there is one list. */
export function languages() {
  const source = readFileSync(resolve(root, 'src/core/languages.ts'), 'utf8');
  const list = /const LANGUAGES = \[([^\]]*)\]/.exec(source)?.[1] ?? '';
  return [...list.matchAll(/'([^']+)'/g)].map((m) => m[1]);
}

const placeholders = (text) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

/** Every fault as `lng namespace key: what`, and the counts for the status table. */
export function check() {
  const faults = [];
  const counts = {};
  const identical = read(resolve(LOCALES, 'identical-to-english.json'));
  const namespaces = readdirSync(resolve(LOCALES, 'en'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -5))
    .sort();
  for (const lng of languages().filter((l) => l !== 'en')) {
    const categories = new Intl.PluralRules(lng).resolvedOptions().pluralCategories;
    const allowed = new Set([...(identical['*'] ?? []), ...(identical[lng] ?? [])]);
    counts[lng] = {};
    for (const ns of namespaces) {
      const english = read(resolve(LOCALES, 'en', `${ns}.json`));
      let words;
      try {
        words = read(resolve(LOCALES, lng, `${ns}.json`));
      } catch (error) {
        faults.push(`${lng} ${ns}: file missing or not JSON (${error.message})`);
        counts[lng][ns] = [0, Object.keys(english).length];
        continue;
      }
      const say = (key, what) => faults.push(`${lng} ${ns} "${key}": ${what}`);
      let done = 0;
      // Plural keys: English's `x_one`/`x_other` become the language's own categories.
      const pluralBases = new Set(
        Object.keys(english)
          .filter((k) => k.endsWith('_other'))
          .map((k) => k.slice(0, -'_other'.length)),
      );
      const expected = Object.keys(english).filter(
        (k) => !pluralBases.has(k.replace(/_(zero|one|two|few|many|other)$/, '')),
      );
      for (const base of pluralBases) for (const c of categories) expected.push(`${base}_${c}`);
      for (const key of Object.keys(words)) {
        if (!expected.includes(key))
          say(key, 'not a key of this language (extra or wrong plural form)');
      }
      for (const key of expected) {
        const text = words[key];
        const base = key.replace(/_(zero|one|two|few|many|other)$/, '');
        const source = english[key] ?? english[`${base}_other`];
        if (text === undefined) {
          say(key, 'missing');
          continue;
        }
        if (typeof text !== 'string') say(key, `not a string (${typeof text})`);
        else if (text.trim() === '') say(key, 'empty');
        else if (/<[a-z/!?]/i.test(text)) say(key, 'contains markup');
        else if (text.includes('$t(')) say(key, 'contains i18next nesting $t(...)');
        else if (placeholders(text).join() !== placeholders(source).join())
          say(
            key,
            `placeholders ${placeholders(text).join(', ') || 'none'} differ from English's ${placeholders(source).join(', ') || 'none'}`,
          );
        else if (text === source && !allowed.has(key))
          say(
            key,
            'identical to English and not on the reviewed list (locales/identical-to-english.json)',
          );
        else done++;
      }
      counts[lng][ns] = [done, expected.length];
    }
  }
  return { faults, counts, namespaces };
}

function statusTable({ counts, namespaces }) {
  const head = `| language | ${namespaces.join(' | ')} | last changed |\n| --- | ${namespaces.map(() => '---').join(' | ')} | --- |\n`;
  const rows = Object.entries(counts).map(([lng, byNs]) => {
    let date = '';
    try {
      date = execFileSync('git', ['log', '-1', '--format=%cs', '--', `locales/${lng}`], {
        cwd: root,
      })
        .toString()
        .trim();
    } catch {}
    return `| ${lng} | ${namespaces.map((ns) => `${byNs[ns][0]} / ${byNs[ns][1]}`).join(' | ')} | ${date || 'uncommitted'} |`;
  });
  return `${head}${rows.join('\n')}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = check();
  if (process.argv.includes('--status')) {
    const path = resolve(LOCALES, 'README.md');
    const readme = readFileSync(path, 'utf8');
    const start = readme.indexOf('<!-- status -->');
    const end = readme.indexOf('<!-- /status -->');
    writeFileSync(
      path,
      `${readme.slice(0, start)}<!-- status -->\n${statusTable(result)}${readme.slice(end)}`,
    );
  }
  for (const fault of result.faults) console.error(fault);
  const total = Object.values(result.counts).length;
  if (result.faults.length > 0) {
    console.error(`${result.faults.length} translation faults in ${total} languages.`);
    process.exit(1);
  }
  console.log(`${total} languages, ${result.namespaces.length} namespaces: complete and sound.`);
}
