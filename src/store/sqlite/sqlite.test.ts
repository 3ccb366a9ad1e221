import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { runStoreConformance } from '../../../test/store-conformance.js';
import { openSqliteStore } from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'dossier-sqlite-'));
after(() => rmSync(dir, { recursive: true, force: true }));
runStoreConformance('sqlite', () => openSqliteStore(join(dir, 'test.db')));
