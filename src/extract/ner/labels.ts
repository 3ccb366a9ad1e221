// The tagger's internal label set (BILOU over four CoNLL types) and conversions to and from spans and IOB1.
export const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** 0 = O; type t (0..3) has B = 1+4t, I = 2+4t, L = 3+4t, U = 4+4t. */
export const LABEL_COUNT = 1 + 4 * ENTITY_TYPES.length;
export const O = 0;
const B = 0;
const I = 1;
const L = 2;
const U = 3;

export const labelType = (label: number): number => (label - 1) >> 2;
export const labelPart = (label: number): number => (label - 1) & 3;
const makeLabel = (type: number, part: number): number => 1 + 4 * type + part;

export const LABEL_NAMES: readonly string[] = (() => {
  const names = ['O'];
  for (const t of ENTITY_TYPES) for (const p of ['B', 'I', 'L', 'U']) names.push(`${p}-${t}`);
  return names;
})();

/** allowed[prev * LABEL_COUNT + next]; prev = O at the sentence start, next = O after its end. */
export const ALLOWED_TRANSITION: Uint8Array = (() => {
  const allowed = new Uint8Array(LABEL_COUNT * LABEL_COUNT);
  for (let prev = 0; prev < LABEL_COUNT; prev++) {
    for (let next = 0; next < LABEL_COUNT; next++) {
      const prevOpen = prev !== O && (labelPart(prev) === B || labelPart(prev) === I);
      const nextContinues = next !== O && (labelPart(next) === I || labelPart(next) === L);
      const ok = prevOpen ? nextContinues && labelType(next) === labelType(prev) : !nextContinues;
      allowed[prev * LABEL_COUNT + next] = ok ? 1 : 0;
    }
  }
  return allowed;
})();

export interface TypedSpan {
  /** Token range [start, end). */
  start: number;
  end: number;
  type: number;
}

/** Chunks of IOB1 (or IOB2) tags, with conlleval's rule: a chunk starts on B- or on a type change. */
export function spansFromIob(tags: readonly string[]): TypedSpan[] {
  const spans: TypedSpan[] = [];
  let open: TypedSpan | null = null;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i]!;
    if (tag === 'O') {
      open = null;
      continue;
    }
    const type = ENTITY_TYPES.indexOf(tag.slice(2) as EntityType);
    if (type < 0) throw new Error(`unknown entity type in tag ${tag}`);
    if (open && open.type === type && !tag.startsWith('B-')) {
      open.end = i + 1;
    } else {
      open = { start: i, end: i + 1, type };
      spans.push(open);
    }
  }
  return spans;
}

export function bilouFromSpans(spans: readonly TypedSpan[], length: number, out = new Int32Array(length)): Int32Array {
  out.fill(O);
  for (const s of spans) {
    if (s.end - s.start === 1) {
      out[s.start] = makeLabel(s.type, U);
      continue;
    }
    out[s.start] = makeLabel(s.type, B);
    for (let i = s.start + 1; i < s.end - 1; i++) out[i] = makeLabel(s.type, I);
    out[s.end - 1] = makeLabel(s.type, L);
  }
  return out;
}

/** Spans of a BILOU label sequence; the decoder only produces well-formed sequences, but be lenient. */
export function spansFromBilou(labels: ArrayLike<number>, length = labels.length): TypedSpan[] {
  const spans: TypedSpan[] = [];
  let start = -1;
  let type = -1;
  for (let i = 0; i < length; i++) {
    const label = labels[i]!;
    if (label === O) {
      start = -1;
      continue;
    }
    const t = labelType(label);
    const part = labelPart(label);
    if (part === B || part === U || start < 0 || t !== type) {
      start = i;
      type = t;
    }
    if (part === L || part === U) {
      spans.push({ start, end: i + 1, type });
      start = -1;
    } else if (i === length - 1) {
      spans.push({ start, end: i + 1, type });
    }
  }
  return spans;
}

/** IOB1 tags (I- everywhere, B- only where a chunk directly follows one of the same type). */
export function iob1FromSpans(spans: readonly TypedSpan[], length: number): string[] {
  const tags = new Array<string>(length).fill('O');
  let prevEnd = -1;
  let prevType = -1;
  for (const s of spans) {
    const name = ENTITY_TYPES[s.type]!;
    for (let i = s.start; i < s.end; i++) tags[i] = `I-${name}`;
    if (s.start === prevEnd && s.type === prevType) tags[s.start] = `B-${name}`;
    prevEnd = s.end;
    prevType = s.type;
  }
  return tags;
}
