// The gazetteer's packed form (models/gazetteer/gazetteer.bin.gz): the phrase index built once by
// scripts/build-gazetteer.ts and stored as flat little-endian arrays and string tables, so loading it
// parses no JSON and builds no index. Parsing the 3.4 MB JSON form and indexing it at load grew the heap
// by ~60 MB of short-lived objects, whose pages a busy ingest kept (RSS after load 119 MB, 0.9-1.2 s
// with the ingest's bounded heap; now 61 MB, 40-60 ms). Rows stay JSON text, in deflated blocks (3.4 MB
// of text held in ~1.2 MB), each row parsed on first use.
import { deflateRawSync, gzipSync, inflateRawSync } from 'node:zlib';
import { splitWords } from './fold.js';
import { GAZETTEER_VERSION, type GazetteerData } from './format.js';

/** A row's kind by its code in the packed form. */
export const KIND_NAMES = ['country', 'place', 'norp', 'org', 'person', 'event'] as const;
const KIND_CODES = { country: 0, place: 1, norp: 2, org: 3, person: 4, event: 5 } as const satisfies Record<(typeof KIND_NAMES)[number], number>;
/** The name index of a phrase that is a known person's surname alone. */
export const SURNAME_NAME = -1;
/** Shorter surnames are too often ordinary names or words to stand for one known person. */
const MIN_SURNAME_CHARS = 6;
const MAGIC = 0x5a414744; // "DGAZ"

/** Rows to a block: a block is ~5 KB of JSON, inflated in ~20 µs when one of its rows is first used. */
const ROWS_PER_BLOCK = 64;

/** Row r's JSON text. */
export function rowText(blocks: StringTable, r: number): string {
  const block = inflateRawSync(blocks.bytes.subarray(blocks.offsets[Math.floor(r / ROWS_PER_BLOCK)]!, blocks.offsets[Math.floor(r / ROWS_PER_BLOCK) + 1]!));
  let from = 0;
  for (let k = r % ROWS_PER_BLOCK; k > 0; k--) from = block.indexOf(NEWLINE, from) + 1;
  const to = block.indexOf(NEWLINE, from);
  return block.toString('utf8', from, to < 0 ? block.length : to);
}

const NEWLINE = 0x0a;

/** Strings i of a table: bytes[offsets[i] .. offsets[i + 1]) as UTF-8. */
export interface StringTable {
  offsets: Int32Array;
  bytes: Buffer;
}

export function stringAt(t: StringTable, i: number): string {
  return t.bytes.toString('utf8', t.offsets[i]!, t.offsets[i + 1]!);
}

export function tableSize(t: StringTable): number {
  return t.offsets.length - 1;
}

/** The packed gazetteer as views on the unzipped file (see IndexBuilder for what each array holds). */
export interface PackedGazetteer {
  rowKinds: Uint8Array;
  /** Rows as JSON text, ROWS_PER_BLOCK to a deflated block (see rowText). */
  rowBlocks: StringTable;
  /** Phrase keys by id: word keys joined by spaces. */
  keys: StringTable;
  wordCounts: Uint8Array;
  surfaceRows: Int32Array;
  surfaceNames: Int32Array;
  /** Rows of phrase p: refRows[refStart[p] .. refStart[p + 1]), in precedence order. */
  refStart: Int32Array;
  refRows: Int32Array;
  /** Phrases of two words or more grouped by their first two words, longest first within a group. */
  pairStart: Int32Array;
  pairIds: Int32Array;
  /** A phrase for each distinct first word of those phrases. */
  firstPhrases: Int32Array;
  /** Country rows and their ISO3 codes. */
  countryCodes: StringTable;
  countryRows: Int32Array;
  common: StringTable;
  /** Consonant skeletons of known people's surnames and given names. */
  skeletons: StringTable;
  /** People with the surname skeleton `surnameSkeletons[i]`: surnameRows[surnameStart[i] ..), in row order. */
  surnameSkeletons: Int32Array;
  surnameStart: Int32Array;
  surnameRows: Int32Array;
  /** Each row's given-name skeleton (index into skeletons), -1 for rows that are not people with a surname. */
  givenSkeletons: Int32Array;
}

/**
 * Consonant skeleton for transliteration-tolerant names: "daniyal" and "danial" -> "dnl", "massimov" and
 * "masimov" -> "msmv". Only letters doubled as written collapse, before the vowels go: "potanin" ("ptnn")
 * is not "putin" ("ptn").
 */
export function consonants(key: string): string {
  return key.replace(/(.)\1+/g, '$1').replace(/[aeiouyjh'.-]/g, '');
}

function lastWordKey(name: string): string | null {
  const words = splitWords(name);
  return words.length > 1 ? words[words.length - 1]!.key : null;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

/** The phrase index while it is built, in growable arrays. */
class IndexBuilder {
  readonly keys: string[] = [];
  readonly ids = new Map<string, number>();
  readonly wordCounts: number[] = [];
  readonly refs: number[][] = [];
  readonly surfaceRows: number[] = [];
  readonly surfaceNames: number[] = [];
  readonly pairs = new Map<string, number[]>();
  readonly rowJson: string[] = [];
  readonly rowKinds: number[] = [];

  row(kind: number, row: unknown): number {
    this.rowJson.push(JSON.stringify(row));
    this.rowKinds.push(kind);
    return this.rowKinds.length - 1;
  }

  add(name: string, row: number, nameIndex: number): void {
    const words = splitWords(name).map((w) => w.key);
    if (words.length === 0) return;
    if (words.some((k) => k.includes(' '))) throw new Error(`a word key of ${JSON.stringify(name)} holds a space`);
    const phrase = words.join(' ');
    const known = this.ids.get(phrase);
    if (known !== undefined) {
      if (!this.refs[known]!.includes(row)) this.refs[known]!.push(row);
      return;
    }
    const p = this.keys.length;
    this.ids.set(phrase, p);
    this.keys.push(phrase);
    this.wordCounts.push(Math.min(words.length, 255));
    this.refs.push([row]);
    this.surfaceRows.push(row);
    this.surfaceNames.push(nameIndex);
    if (words.length > 1) push(this.pairs, `${words[0]} ${words[1]}`, p);
  }
}

/** Index the gazetteer's rows and pack them (gzipped). */
export function packGazetteer(data: GazetteerData): Buffer {
  const common = new Set(data.common);
  const b = new IndexBuilder();
  const countryRows: number[] = [];
  // Insertion order is precedence order for equal phrases: our facts first, then the bulk lists.
  for (const row of data.countries) {
    const r = b.row(KIND_CODES.country, row);
    countryRows.push(r);
    b.add(row[1], r, 0);
    row[4].forEach((n, i) => b.add(n, r, i + 1));
  }
  for (const row of data.norps) b.add(row[0], b.row(KIND_CODES.norp, row), 0);
  for (const row of data.orgs) {
    const r = b.row(KIND_CODES.org, row);
    b.add(row[0], r, 0);
    row[4].forEach((n, i) => b.add(n, r, i + 1));
  }
  for (const row of data.events) {
    const r = b.row(KIND_CODES.event, row);
    b.add(row[0], r, 0);
    row[1].forEach((n, i) => b.add(n, r, i + 1));
  }
  for (const row of data.places) {
    const r = b.row(KIND_CODES.place, row);
    b.add(row[0], r, 0);
    row[8].forEach((n, i) => b.add(n, r, i + 1));
  }
  const surnames = data.people.map((row) => lastWordKey(row[0]));
  const surnameCount = new Map<string, number>();
  for (const last of surnames) if (last) surnameCount.set(last, (surnameCount.get(last) ?? 0) + 1);
  const skeletons = new Map<string, number>();
  const skeletonId = (s: string): number => {
    let id = skeletons.get(s);
    if (id === undefined) skeletons.set(s, (id = skeletons.size));
    return id;
  };
  const bySurname = new Map<number, number[]>();
  const given: number[] = [];
  data.people.forEach((row, i) => {
    const r = b.row(KIND_CODES.person, row);
    b.add(row[0], r, 0);
    row[1].forEach((n, j) => b.add(n, r, j + 1));
    // A surname only one known person has ("Nazarbayev") names them alone, as weak evidence.
    const last = surnames[i];
    if (last && last.length >= MIN_SURNAME_CHARS && surnameCount.get(last) === 1 && !common.has(last) && /^[a-z]/.test(last)) {
      b.add(row[0].slice(row[0].lastIndexOf(' ') + 1), r, SURNAME_NAME);
    }
    if (last) {
      push(bySurname, skeletonId(consonants(last)), r);
      given[r] = skeletonId(consonants(splitWords(row[0])[0]!.key));
    }
  });

  const w = new Writer();
  w.u32(MAGIC);
  w.u32(GAZETTEER_VERSION);
  w.u8s(b.rowKinds);
  // JSON text holds no raw newline: rows are lines of their block.
  const blocks: Buffer[] = [];
  for (let r = 0; r < b.rowJson.length; r += ROWS_PER_BLOCK) blocks.push(deflateRawSync(b.rowJson.slice(r, r + ROWS_PER_BLOCK).join('\n'), { level: 9 }));
  w.byteStrings(blocks);
  // Lookups compare keys as UTF-8 bytes (./keys.ts) and find a phrase's second word after its first space.
  for (const key of b.keys) if (Buffer.from(key, 'utf8').toString('utf8') !== key) throw new Error(`phrase key ${JSON.stringify(key)} is not well formed`);
  w.strings(b.keys);
  w.u8s(b.wordCounts);
  w.i32s(b.surfaceRows);
  w.i32s(b.surfaceNames);
  w.i32s(starts(b.refs));
  w.i32s(b.refs.flat());
  // Longest first; a stable sort keeps insertion order among equal lengths.
  const pairs = [...b.pairs.values()].map((ids) => ids.sort((x, y) => b.wordCounts[y]! - b.wordCounts[x]!));
  w.i32s(starts(pairs));
  w.i32s(pairs.flat());
  // One phrase per distinct first word of the phrases of two words or more.
  const firsts = new Map<string, number>();
  for (const ids of pairs) firsts.set(b.keys[ids[0]!]!.slice(0, b.keys[ids[0]!]!.indexOf(' ')), ids[0]!);
  w.i32s([...firsts.values()]);
  w.strings(data.countries.map((row) => row[0]));
  w.i32s(countryRows);
  w.strings(data.common);
  w.strings([...skeletons.keys()]);
  w.i32s([...bySurname.keys()]);
  w.i32s(starts([...bySurname.values()]));
  w.i32s([...bySurname.values()].flat());
  w.i32s(Array.from({ length: b.rowKinds.length }, (_, r) => given[r] ?? -1));
  return gzipSync(w.finish(), { level: 9 });
}

function starts(lists: readonly (readonly number[])[]): number[] {
  const out = [0];
  for (const list of lists) out.push(out[out.length - 1]! + list.length);
  return out;
}

/** Sections in order, each a u32 element count then its elements, padded to 4 bytes. */
class Writer {
  private readonly chunks: Buffer[] = [];

  u32(n: number): void {
    const b = Buffer.alloc(4);
    b.writeUInt32LE(n);
    this.chunks.push(b);
  }

  private section(count: number, body: Buffer): void {
    this.u32(count);
    this.chunks.push(body, Buffer.alloc((4 - (body.length % 4)) % 4));
  }

  u8s(xs: readonly number[]): void {
    this.section(xs.length, Buffer.from(Uint8Array.from(xs)));
  }

  i32s(xs: readonly number[]): void {
    const b = Buffer.alloc(xs.length * 4);
    xs.forEach((x, i) => b.writeInt32LE(x, i * 4));
    this.section(xs.length, b);
  }

  strings(xs: readonly string[]): void {
    this.byteStrings(xs.map((s) => Buffer.from(s, 'utf8')));
  }

  byteStrings(bytes: readonly Buffer[]): void {
    const offsets = [0];
    for (const b of bytes) offsets.push(offsets[offsets.length - 1]! + b.length);
    this.i32s(offsets);
    const all = Buffer.concat(bytes);
    this.section(all.length, all);
  }

  finish(): Buffer {
    return Buffer.concat(this.chunks);
  }
}

/** Views on an unzipped packed gazetteer (no copies when it is 4-byte aligned, as gunzipSync's output is). */
export function unpackGazetteer(file: Buffer): PackedGazetteer {
  if (file.byteOffset % 4 !== 0) file = Buffer.from(Uint8Array.prototype.slice.call(file));
  if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1) throw new Error('the packed gazetteer needs a little-endian machine');
  let pos = 0;
  const u32 = (): number => {
    const n = file.readUInt32LE(pos);
    pos += 4;
    return n;
  };
  if (u32() !== MAGIC) throw new Error('not a packed gazetteer');
  const version = u32();
  if (version !== GAZETTEER_VERSION) throw new Error(`gazetteer version ${version}, expected ${GAZETTEER_VERSION}: rebuild it`);
  const bytesOf = (n: number): Buffer => {
    const out = file.subarray(pos, pos + n);
    pos += n + ((4 - (n % 4)) % 4);
    return out;
  };
  const u8s = (): Uint8Array => {
    const n = u32();
    const b = bytesOf(n);
    return new Uint8Array(b.buffer, b.byteOffset, n);
  };
  const i32s = (): Int32Array => {
    const n = u32();
    const b = bytesOf(n * 4);
    return new Int32Array(b.buffer, b.byteOffset, n);
  };
  const strings = (): StringTable => {
    const offsets = i32s();
    return { offsets, bytes: bytesOf(u32()) };
  };
  return {
    rowKinds: u8s(),
    rowBlocks: strings(),
    keys: strings(),
    wordCounts: u8s(),
    surfaceRows: i32s(),
    surfaceNames: i32s(),
    refStart: i32s(),
    refRows: i32s(),
    pairStart: i32s(),
    pairIds: i32s(),
    firstPhrases: i32s(),
    countryCodes: strings(),
    countryRows: i32s(),
    common: strings(),
    skeletons: strings(),
    surnameSkeletons: i32s(),
    surnameStart: i32s(),
    surnameRows: i32s(),
    givenSkeletons: i32s(),
  };
}
