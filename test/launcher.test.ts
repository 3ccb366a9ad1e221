// bin/dossier, the command users run: it must reach the CLI from wherever it is linked, pass every
// argument through untouched, and set the allocator tuning the memory figures depend on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launcherPath, repoRoot } from '../src/util/paths.js';

test('bin/dossier runs the built CLI', () => {
  const version = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
  const run = spawnSync(launcherPath, ['--version'], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stdout.trim(), version);
});

test('bin/dossier, reached through a symlink, passes its arguments and sets the malloc threshold unless one is set', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-launcher-'));
  try {
    // A stand-in `node` first on PATH reports what the launcher hands it.
    const fakeNode = join(dir, 'node');
    writeFileSync(fakeNode, '#!/bin/sh\necho "threshold=$MALLOC_MMAP_THRESHOLD_"\nfor a in "$@"; do echo "arg=$a"; done\n');
    chmodSync(fakeNode, 0o755);
    const linked = join(dir, 'dossier');
    symlinkSync(launcherPath, linked);
    const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${dir}:${process.env['PATH'] ?? ''}` };
    delete env['MALLOC_MMAP_THRESHOLD_'];
    const run = spawnSync(linked, ['search', 'two words', '--json'], { encoding: 'utf8', env });
    assert.equal(run.status, 0, run.stderr);
    const [threshold, script, ...args] = run.stdout.trim().split('\n');
    assert.equal(threshold, 'threshold=131072');
    assert.equal(resolve(script!.replace(/^arg=/, '')), join(realpathSync(repoRoot), 'dist/src/cli/main.js'));
    assert.deepEqual(args, [
      'arg=search',
      'arg=two words',
      'arg=--json',
    ]);
    const own = spawnSync(linked, ['stats'], { encoding: 'utf8', env: { ...env, MALLOC_MMAP_THRESHOLD_: '65536' } });
    assert.match(own.stdout, /^threshold=65536$/m);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
