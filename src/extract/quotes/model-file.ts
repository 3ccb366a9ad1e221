// The quote models' files: JSON under models/quotes, written by scripts/train-quotes.ts.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { modelsDir } from '../../util/paths.js';

/** A trained quote model's parsed JSON, or null when it has not been trained (the rules then work alone). */
export function readQuoteModel<T>(fileName: string): T | null {
  const file = resolve(modelsDir, 'quotes', fileName);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : null;
}
