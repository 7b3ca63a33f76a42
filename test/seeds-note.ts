/**
 * Vitest global setup of the core project: without the seeds, one line says which tests
 * were skipped and how to run them (each such test is marked `itWithSeeds`).
 */
import { haveSeeds, skipLine } from '../scripts/seed/seeds.mjs';

/** Prints the skip line once per run, before the tests. */
function setup(): void {
  if (!haveSeeds()) console.log(skipLine('tests that re-extract from the seeds'));
}

export default setup;
