#!/usr/bin/env node
// Extracts the [MS-OCER] Appendix A schema (application/msrtc-reporterror+xml) from the seed
// into src/report/msrtc-reporterror.xsd. With --check, fails when the committed file differs.
//
//   node e2e/scripts/extract-schema.mjs [--check]
//
// The schema is the text from the `<?xml` line after the "Appendix A:" heading to
// `</xs:schema>` (seed 003_25215bf81927f88f.txt, lines 333-412 when this was written).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { needSeeds, readSeed, SEED_FILES } from '../../scripts/seed/seeds.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const target = path.join(root, 'src/report/msrtc-reporterror.xsd');

/** The schema text of Appendix A, with the line numbers it spans. */
export function extractSchema(text) {
  const lines = text.split(/\r?\n/);
  const heading = lines.findIndex((line) =>
    /Appendix A: application\/msrtc-reporterror\+xml Schema/.test(line),
  );
  if (heading < 0) throw new Error('Appendix A heading not found in the seed');
  const start = lines.findIndex((line, i) => i > heading && line.startsWith('<?xml'));
  const end = lines.findIndex((line, i) => i > start && line.trim() === '</xs:schema>');
  if (start < 0 || end < 0) throw new Error('Appendix A schema text not found in the seed');
  const body = lines.slice(start, end + 1).map((line) => line.replace(/[ \t]+$/, ''));
  const header = `<!-- [MS-OCER] Appendix A, seed 003_25215bf81927f88f.txt lines ${start + 1}-${end + 1}; extracted by e2e/scripts/extract-schema.mjs -->`;
  return {
    text: `${body[0]}\n${header}\n${body.slice(1).join('\n')}\n`,
    start: start + 1,
    end: end + 1,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  needSeeds('node e2e/scripts/extract-schema.mjs');
  const { text, start, end } = extractSchema(readSeed(SEED_FILES.msOcer));
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(target, 'utf8');
    } catch {}
    if (current !== text) {
      console.error(
        `${path.relative(root, target)} differs from the seed; run: node e2e/scripts/extract-schema.mjs`,
      );
      process.exit(1);
    }
    console.log(`${path.relative(root, target)} matches seed lines ${start}-${end}`);
  } else {
    writeFileSync(target, text);
    console.log(`wrote ${path.relative(root, target)} from seed lines ${start}-${end}`);
  }
}
