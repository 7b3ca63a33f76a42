// Where the source documents (the seeds) are, and what a check does without them.
//
// They are not part of the repository: a checkout finds them at `../shared/seeds` beside it,
// or wherever `UC_ERROR_KIT_SEEDS` says. A clone on its own has none; then the checks that
// re-extract from them are skipped with one line saying how to run them, and the rest run.
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The environment variable that names the seed directory. */
const SEEDS_VARIABLE = 'UC_ERROR_KIT_SEEDS';

/** The seed directory: `$UC_ERROR_KIT_SEEDS`, else `../shared/seeds` beside the repository. */
const SEED_DIR = process.env[SEEDS_VARIABLE]
  ? resolve(process.env[SEEDS_VARIABLE])
  : resolve(root, '../shared/seeds');

/** The five seed files, by what they hold (see the seeds' README). */
const SEED_FILES = {
  msnpErrors: '000_a34c6aaa0a56f9e4.txt',
  msnpNames: '001_69dc8c98e0354bf0.txt',
  msAscmd: '002_77ef90f2a6a57ec1.txt',
  msOcer: '003_25215bf81927f88f.txt',
  smtp: '004_b903799864dc8d9e.txt',
};

/** The absolute path of a seed file, by its file name. */
function seedPath(name) {
  return resolve(SEED_DIR, name);
}

/** Whether every seed file is there. */
function haveSeeds() {
  return Object.values(SEED_FILES).every((name) => existsSync(seedPath(name)));
}

/** How the seed directory reads in a message: relative to the repository when it is near. */
function seedDirName() {
  const rel = relative(root, SEED_DIR);
  return rel.startsWith('../../') ? SEED_DIR : rel;
}

/** The one line a run prints for what it skipped without the seeds. */
function skipLine(what = 'seed checks') {
  return `skipped: ${what} (no ${seedDirName()}; set ${SEEDS_VARIABLE}=<folder with the seed files> to run them)`;
}

/** A seed file's text (by name or path); a clear error, not an ENOENT stack, when it is missing. */
function readSeed(name) {
  const path = seedPath(name);
  if (!existsSync(path)) {
    throw new Error(
      `The seed ${basename(path)} is not in ${seedDirName()}: set ${SEEDS_VARIABLE} to the folder that holds the source documents.`,
    );
  }
  return readFileSync(path, 'utf8');
}

/**
 * For a generator's command line, before it reads a seed. Without the seeds, `--check`
 * prints the skip line and exits 0 (there is nothing to compare the committed files with);
 * a run that would write files says where the seeds should be and exits 1.
 */
function needSeeds(command) {
  if (haveSeeds()) return;
  if (process.argv.includes('--check')) {
    console.log(skipLine(`${command} --check`));
    process.exit(0);
  }
  console.error(
    `${command} reads the source documents, which are not in ${seedDirName()}: set ${SEEDS_VARIABLE} to their folder.`,
  );
  process.exit(1);
}

export {
  haveSeeds,
  needSeeds,
  readSeed,
  SEED_DIR,
  SEED_FILES,
  SEEDS_VARIABLE,
  seedDirName,
  seedPath,
  skipLine,
};
