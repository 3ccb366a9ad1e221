// Where the repository, its models and the shared gold data live, independent of the working directory.
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { existsSync } from 'node:fs';

function findRepoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(resolve(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('cannot find the Dossier package root');
    dir = up;
  }
  return dir;
}

export const repoRoot = findRepoRoot();
export const modelsDir = resolve(repoRoot, 'models');
/** The `dossier` command as users run it (bin/dossier: the CLI with its allocator settings). */
export const launcherPath = resolve(repoRoot, 'bin/dossier');
/** The shared gold sets and corpora, read in place (DOSSIER_DATA overrides). */
export const sharedDataDir = process.env['DOSSIER_DATA'] ?? resolve(repoRoot, '../shared/data');
