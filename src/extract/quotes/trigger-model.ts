// A learned decision whether a candidate cue (a verb, or a noun heading a preposition) introduces a
// content that follows it in its sentence: PolNeAR counts far more than verbs of saying ("Trump
// unleashed a flurry of tweets", "Clinton is promoting her plans"), and whether a verb does depends
// on its subject and what follows it. Logistic regression over the cue model's features and those of
// the subject and the opening of what follows (attribute.ts computes them). Trained by
// scripts/train-quotes.ts on PolNeAR train; weights in models/quotes/trigger-model.json.
import { BoundedMap } from '../../util/bounded-map.js';
import { readQuoteModel } from './model-file.js';
import { QUOTE_MEMO_LIMIT } from './cue-model.js';
import { FeatureInterner, ShuffledOrder } from './training.js';

export interface TriggerModel {
  weights: Map<string, number>;
  /** Sums over the cue model's features, by cueContextKey. */
  cueCache: Map<string, number>;
  /** Sums over the trigger's own features, by their context key. */
  ownCache: Map<string, number>;
}

let loaded: TriggerModel | null | undefined;

export function loadTriggerModel(): TriggerModel | null {
  if (loaded !== undefined) return loaded;
  const raw = readQuoteModel<{ weights: Record<string, number> }>('trigger-model.json');
  if (!raw) return (loaded = null);
  return (loaded = { weights: new Map(Object.entries(raw.weights)), cueCache: new BoundedMap(QUOTE_MEMO_LIMIT), ownCache: new BoundedMap(QUOTE_MEMO_LIMIT) });
}

/**
 * Log-odds that a candidate introduces a content: the sum over the cue model's features (cached by
 * their context key) and over the trigger's own (cached by theirs). Features are built only on a miss.
 */
export function triggerScore(model: TriggerModel, cueKey: string, cueFeatures: () => readonly string[], ownKey: string, own: () => readonly string[]): number {
  let cuePart = model.cueCache.get(cueKey);
  if (cuePart === undefined) model.cueCache.set(cueKey, (cuePart = sumOf(model, cueFeatures())));
  let ownPart = model.ownCache.get(ownKey);
  if (ownPart === undefined) model.ownCache.set(ownKey, (ownPart = sumOf(model, own())));
  return cuePart + ownPart;
}

function sumOf(model: TriggerModel, features: readonly string[]): number {
  let total = 0;
  for (const f of features) total += model.weights.get(f) ?? 0;
  return total;
}

export interface TriggerExample {
  features: string[];
  positive: boolean;
}

/**
 * Logistic regression by stochastic gradient descent, in a fixed pseudo-random order per epoch; the
 * mean of `members` such runs with their own orders (seeds seed0 + 7919·m), as the last iterate of one
 * run moves with its order.
 */
export function trainTriggerModel(examples: readonly TriggerExample[], members = TRIGGER_MEMBERS, epochs = 8, l2 = 1e-6, seed0 = 777): Record<string, number> {
  const interner = new FeatureInterner();
  const rows = examples.map((ex) => interner.intern(ex.features));
  const names = interner.names;
  const mean = new Float64Array(names.length);
  for (let m = 0; m < members; m++) {
    const w = trainOnce(examples, rows, names.length, epochs, l2, seed0 + 7919 * m);
    for (let i = 0; i < w.length; i++) mean[i]! += w[i]! / members;
  }
  const weights: Record<string, number> = {};
  for (let i = 0; i < names.length; i++) if (Math.abs(mean[i]!) >= 0.05) weights[names[i]!] = Math.round(mean[i]! * 100) / 100;
  return weights;
}

/** Runs averaged into the trigger model (TRIGGER_MEMBERS in the environment overrides, for measurements). */
const TRIGGER_MEMBERS = Number(process.env['TRIGGER_MEMBERS'] ?? 9);

function trainOnce(examples: readonly TriggerExample[], rows: readonly Int32Array[], size: number, epochs: number, l2: number, seed: number): Float64Array {
  const w = new Float64Array(size);
  const shuffled = new ShuffledOrder(examples.length, seed);
  for (let epoch = 0; epoch < epochs; epoch++) {
    const order = shuffled.next();
    const rate = 0.2 / (1 + epoch);
    let loss = 0;
    for (const x of order) {
      const row = rows[x]!;
      let z = 0;
      for (let k = 0; k < row.length; k++) z += w[row[k]!]!;
      const y = examples[x]!.positive ? 1 : 0;
      const p = 1 / (1 + Math.exp(-z));
      loss += -Math.log(Math.max(1e-12, y ? p : 1 - p));
      const g = rate * (y - p);
      for (let k = 0; k < row.length; k++) w[row[k]!]! += g - rate * l2 * w[row[k]!]!;
    }
    process.stderr.write(`trigger (seed ${seed}) epoch ${epoch + 1}: loss ${(loss / examples.length).toFixed(4)}\n`);
  }
  return w;
}
