// One word segmentation and one case/diacritic fold for both the gazetteer's phrases and article text,
// so that a phrase matches the text exactly when their word keys agree.

export interface Word {
  start: number;
  end: number;
  /** Lower-cased, diacritics removed, curly apostrophe straightened. */
  key: string;
}

// Words keep internal dots and apostrophes (U.S., Lenta.ru, O'Brien); a possessive 's, a hyphen, a slash
// and an ampersand are words of their own, so "Kazakhstan’s" is [kazakhstan, 's] and "Interfax-AVN" is
// [interfax, -, avn]. A hand-written scanner: this runs over every article and every gazetteer name.
const KEEP_DOT = new Set(['mr.', 'mrs.', 'ms.', 'dr.', 'gen.', 'col.', 'lt.', 'sen.', 'rep.', 'gov.', 'jr.', 'sr.', 'st.', 'corp.', 'inc.', 'co.', 'ltd.', 'prof.', 'maj.', 'capt.', 'sgt.', 'adm.', 'amb.', 'rev.', 'messrs.']);
const NON_ASCII_WORD = /[\p{L}\p{N}\p{M}]/u;
const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;

function isWordCode(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return NON_ASCII_WORD.test(text[i]!);
}

const isApostrophe = (c: number): boolean => c === APOSTROPHE || c === RIGHT_QUOTE;
const isHyphenLike = (c: number): boolean => c === 0x2d || c === 0x2010 || c === 0x2011 || c === 0x2013 || c === 0x2f || c === 0x26;

/** Letters without a decomposition, as English spells them: "Əliyev" is Aliyev, "Łukasz" Lukasz, "Işık" Isik. */
const PLAIN_LETTER: Record<string, string> = { ə: 'a', ł: 'l', đ: 'd', ħ: 'h', ı: 'i', ŋ: 'n', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th', ð: 'd' };
const UNDECOMPOSED = /[əłđħıŋøßæœþð]/g;

export function fold(s: string): string {
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) >= 128) {
      return s.normalize('NFKD').replace(/\p{M}+/gu, '').replace(/’/g, "'").replace(/[‐‑–]/g, '-').toLowerCase().replace(UNDECOMPOSED, (c) => PLAIN_LETTER[c]!);
    }
  }
  return s.toLowerCase();
}

/** Words of text[from, to) with absolute offsets. */
export function splitWords(text: string, from = 0, to = text.length): Word[] {
  const out: Word[] = [];
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isWordCode(text, i)) {
      const s = i;
      let dotted = false;
      i++;
      for (;;) {
        while (i < to && isWordCode(text, i)) i++;
        if (i + 1 < to && isWordCode(text, i + 1)) {
          const d = text.charCodeAt(i);
          if (d === 0x2e) {
            dotted = true;
            i++;
            continue;
          }
          // An apostrophe inside a word (O'Brien), but not a possessive 's.
          const possessive = (text.charCodeAt(i + 1) | 0x20) === 0x73 && (i + 2 >= to || !isWordCode(text, i + 2));
          if (isApostrophe(d) && !possessive) {
            i++;
            continue;
          }
        }
        break;
      }
      let end = i;
      if (i < to && text.charCodeAt(i) === 0x2e) {
        const withDot = fold(text.slice(s, i + 1));
        if (dotted || i - s === 1 || KEEP_DOT.has(withDot)) end = i + 1;
      }
      out.push({ start: s, end, key: fold(text.slice(s, end)) });
      i = end;
    } else if (isApostrophe(c) && i + 1 < to && (text.charCodeAt(i + 1) | 0x20) === 0x73 && (i + 2 >= to || !isWordCode(text, i + 2))) {
      out.push({ start: i, end: i + 2, key: "'s" });
      i += 2;
    } else if (isHyphenLike(c)) {
      out.push({ start: i, end: i + 1, key: c === 0x2f ? '/' : c === 0x26 ? '&' : '-' });
      i++;
    } else i++;
  }
  return out;
}

/** The lookup key of a phrase: its word keys joined by single spaces. */
export function foldKey(phrase: string): string {
  return splitWords(phrase).map((w) => w.key).join(' ');
}
