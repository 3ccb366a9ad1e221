// Pairs quotation marks into quoted spans over a token stream. Curly marks say which way they face;
// a straight mark toggles. A quote still open at a paragraph break continues when the next
// paragraph opens with a mark (the newspaper convention for multi-paragraph quotes); otherwise it
// is closed at the end of its paragraph.

export interface QuotedSpan {
  /** Token index of the opening mark. */
  open: number;
  /** Token index of the closing mark, or of the last token of the paragraph when unclosed. */
  close: number;
  closed: boolean;
}

const OPENERS = new Set(['“', '«', '„']);
const CLOSERS = new Set(['”', '»']);
const STRAIGHT = '"';

export function isOpeningMark(text: string): boolean {
  return OPENERS.has(text) || text === STRAIGHT;
}

/** "'A", "'It": a word token that starts with the second half of a doubled apostrophe. */
function isOpeningApostrophe(text: string | undefined): boolean {
  return text !== undefined && text.length > 1 && text[0] === "'" && /^'[a-z0-9]/i.test(text) && !CLITICS.has(text.toLowerCase());
}

const CLITICS = new Set(["'s", "'re", "'ll", "'ve", "'d", "'m", "'t", "'em", "'n"]);

export function isQuoteMark(text: string): boolean {
  return OPENERS.has(text) || CLOSERS.has(text) || text === STRAIGHT;
}

/** Whether a stretch of text leaves a quotation open: more curly opening marks than closing ones, or an odd number of straight ones. */
export function leavesQuotationOpen(text: string): boolean {
  return (text.match(/“/g)?.length ?? 0) > (text.match(/”/g)?.length ?? 0) || (text.match(/"/g)?.length ?? 0) % 2 === 1;
}

const CLAUSE_END = new Set([',', '.', '?', '!']);
const SENTENCE_END = new Set(['.', '?', '!']);

/**
 * `texts[i]` is token i's text; `paragraphStart[i]` tells whether a paragraph break precedes it;
 * `attached[i]` whether it touches the token before it (no space between).
 */
export function pairQuoteMarks(texts: readonly string[], paragraphStart: readonly boolean[], attached: readonly boolean[]): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  let open = -1;
  // Straight and curly marks nest inside each other (“…"…"…”), so only the opener's kind closes.
  let openStraight = false;
  // Inside a curly quote: whether a straight quotation nested in it is open.
  let nestedOpen = false;
  // Per token, what is left of its paragraph: straight marks, and whether a curly closer is. A quote
  // opened with one kind and closed with the other ("“…," X said) closes at the other kind's mark
  // when its own kind cannot close it in the paragraph.
  const n = texts.length;
  const straightLeft = new Int32Array(n + 1);
  const closerLeft = new Uint8Array(n + 1);
  for (let i = n - 1; i >= 0; i--) {
    const last = i + 1 >= n || paragraphStart[i + 1];
    straightLeft[i] = (texts[i] === STRAIGHT ? 1 : 0) + (last ? 0 : straightLeft[i + 1]!);
    closerLeft[i] = CLOSERS.has(texts[i]!) || (!last && closerLeft[i + 1]) ? 1 : 0;
  }
  for (let i = 0; i < texts.length; i++) {
    let text = texts[i]!;
    // Two apostrophes stand for a straight double mark in some archives (''Good news,'' he said).
    // The tokenizer may glue the second apostrophe to the word after it (''A museum …).
    const doubled = text === "'" && (texts[i + 1] === "'" || (isOpeningApostrophe(texts[i + 1]) && (open < 0 || !openStraight)));
    if (doubled) text = STRAIGHT;
    if (paragraphStart[i] && open >= 0) {
      // Only a mark of the same kind continues it: a curly quotation after a straight one is new.
      if (isOpeningMark(text) && (text === STRAIGHT) === openStraight) {
        if (doubled) i++;
        continue; // the quote goes on in this paragraph
      }
      spans.push({ open, close: i - 1, closed: false });
      open = -1;
    }
    if (text.length !== 1) continue; // every mark is one character
    if (OPENERS.has(text)) {
      if (open >= 0 && openStraight) continue;
      if (open >= 0) spans.push({ open, close: i - 1, closed: false });
      open = i;
      openStraight = false;
      nestedOpen = false;
    } else if (CLOSERS.has(text)) {
      if (open >= 0 && (!openStraight || straightLeft[i] === 0)) {
        spans.push({ open, close: i, closed: true });
        open = -1;
      } else if (open < 0 && paragraphStart[i] && i + 1 < n && !paragraphStart[i + 1] && closerLeft[i + 1]) {
        // A paragraph that opens with a closing mark closed later on ("”Fear. … win.” ― Name") is a
        // quotation typed with the wrong mark.
        open = i;
        openStraight = false;
        nestedOpen = false;
      }
    } else if (text === STRAIGHT) {
      if (open >= 0 && !openStraight) {
        // "“I heard his speech," Trump said. "He wants …”": a straight mark that closes a clause, with
        // no straight quotation open inside the curly one, closes the curly quote.
        const closesClause = !nestedOpen && attached[i] === true && CLAUSE_END.has(texts[i - 1]!) && i - 1 > open + 1;
        if (!doubled && (closesClause || (!closerLeft[i] && straightLeft[i]! % 2 === 1))) {
          spans.push({ open, close: i, closed: true });
          open = -1;
          continue;
        }
        nestedOpen = !nestedOpen;
        if (doubled) i++;
        continue;
      }
      // "… way too optimistic. "It's going to take …": a mark shaped as an opener (a space before it, a word
      // right after it) after a sentence's end reopens a quotation that ran over a paragraph break the
      // text has lost; the quotation goes on.
      const reopens = !doubled && !attached[i] && attached[i + 1] === true && SENTENCE_END.has(texts[i - 1] ?? '') && /^\p{L}/u.test(texts[i + 1] ?? '');
      if (open >= 0 && reopens) continue;
      if (open >= 0) {
        spans.push({ open, close: doubled ? i + 1 : i, closed: true });
        open = -1;
      } else {
        open = i;
        openStraight = true;
      }
      if (doubled) i++;
    }
  }
  if (open >= 0) spans.push({ open, close: texts.length - 1, closed: false });
  return spans;
}
