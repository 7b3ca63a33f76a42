/**
 * The source documents (seeds) for tests. They sit beside the repository or where
 * `UC_ERROR_KIT_SEEDS` says, and a clone on its own has none: a test that re-extracts whole
 * tables from them runs with `itWithSeeds` (skipped without them), and a test that quotes a
 * few lines reads them with `seedLines`, from the seed or from the committed copy
 * (test/fixtures/seed-lines.json, made by `node scripts/seed/fixtures.mjs`).
 */
import { describe, it } from 'vitest';
import { haveSeeds, readSeed, SEED_FILES } from '../scripts/seed/seeds.mjs';
import copied from './fixtures/seed-lines.json' with { type: 'json' };

/** Whether the seed files are there. */
const HAVE_SEEDS: boolean = haveSeeds();

/** `it`, skipped when the seeds are absent. */
const itWithSeeds = it.skipIf(!HAVE_SEEDS);

/** `describe`, skipped when the seeds are absent. */
const describeWithSeeds = describe.skipIf(!HAVE_SEEDS);

/** The [MS-OCER] seed's file name. */
const MS_OCER_SEED: string = SEED_FILES.msOcer;

const cache = new Map<string, string[]>();

/** A seed's lines (index 0 is line 1); only with the seeds present. */
function allSeedLines(name: string): string[] {
  let lines = cache.get(name);
  if (!lines) {
    lines = (readSeed(name) as string).split(/\r?\n/);
    cache.set(name, lines);
  }
  return lines;
}

/**
 * Lines `from` to `to` (1-based, inclusive) of a seed: the seed's own when it is there,
 * else the committed copy, which must hold every one of them.
 */
function seedLines(name: string, from: number, to = from): string[] {
  const result: string[] = [];
  const copy = (copied as Record<string, Record<string, string>>)[name] ?? {};
  for (let n = from; n <= to; n++) {
    const line = HAVE_SEEDS ? allSeedLines(name)[n - 1] : copy[n];
    if (line === undefined) {
      throw new Error(
        `seed ${name} line ${n} is not in test/fixtures/seed-lines.json: add it to scripts/seed/fixtures.mjs`,
      );
    }
    result.push(line);
  }
  return result;
}

/** One seed line (1-based). */
function seedLine(name: string, line: number): string {
  return seedLines(name, line)[0] as string;
}

export {
  allSeedLines,
  describeWithSeeds,
  HAVE_SEEDS,
  itWithSeeds,
  MS_OCER_SEED,
  seedLine,
  seedLines,
};
