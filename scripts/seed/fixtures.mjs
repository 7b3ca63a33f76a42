#!/usr/bin/env node
// Copies the few seed lines that tests quote into test/fixtures/seed-lines.json, so those
// tests also run in a clone without the seeds; with --check, fails when the copy differs.
//
//   node scripts/seed/fixtures.mjs [--check]
//
// Only short passages a test reads line by line are copied (the report examples and schema
// of [MS-OCER], cells a repair completes, sentences that name a table). Tests that compare
// whole tables with the generated catalogs re-extract from the seeds and are skipped
// without them.
import { fileURLToPath } from 'node:url';
import { writeOrCheck } from './generated.mjs';
import { needSeeds, readSeed, SEED_FILES } from './seeds.mjs';

/** The fixture file, from the repository root. */
const FIXTURE = 'test/fixtures/seed-lines.json';

/** Per seed file, the 1-based line ranges (inclusive) the tests read, and why. */
const PASSAGES = {
  [SEED_FILES.msOcer]: [
    [151, 168, 'section 4.1: the report example a client sends'],
    [301, 317, 'section 4.2: the report example with progress reports'],
    [333, 412, 'Appendix A: the heading and the schema'],
    [13430, 13430, 'Appendix D: the cell REPAIRS_D completes'],
    [15477, 15477, 'Appendix E: the cell REPAIRS_E mends'],
    [15483, 15483, 'Appendix E: the IM 3097 cell it is mended to match'],
    [16012, 16012, 'Appendix E: "Unhandled Error Display"'],
    // Appendix B: the sentences that name a component whose heading the seed lost.
    ...[
      2124, 3184, 4584, 4739, 4914, 5174, 5259, 5775, 5945, 6085, 6170, 6365, 6395, 6440, 6659,
      6799, 7469, 7589,
    ].map((line) => [line, line, 'Appendix B: the sentence that names a table']),
  ],
};

/** The fixture: seed file name -> line number -> the line's text. */
function buildFixture() {
  const fixture = {};
  for (const [name, passages] of Object.entries(PASSAGES)) {
    const lines = readSeed(name).split(/\r?\n/);
    const copied = {};
    for (const [from, to] of passages) {
      for (let n = from; n <= to; n++) copied[n] = lines[n - 1];
    }
    fixture[name] = copied;
  }
  return fixture;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  needSeeds('node scripts/seed/fixtures.mjs');
  writeOrCheck(
    { [FIXTURE]: `${JSON.stringify(buildFixture(), null, 2)}\n` },
    'node scripts/seed/fixtures.mjs',
  );
}

export { buildFixture, FIXTURE, PASSAGES };
