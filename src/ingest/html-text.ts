// DOM -> plain text: text nodes only (attributes such as onerror never survive), block elements become
// paragraph breaks, and script-like or non-content elements are dropped with everything inside them.
import { parseHTML } from 'linkedom';

/** The few DOM members the walker needs; linkedom's nodes satisfy them. */
export interface TextNodeLike {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  childNodes: ArrayLike<TextNodeLike>;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const DOCUMENT_NODE = 9;
const FRAGMENT_NODE = 11;

const DROPPED = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'MATH', 'CANVAS', 'IMG',
  'VIDEO', 'AUDIO', 'SOURCE', 'PICTURE', 'INPUT', 'BUTTON', 'SELECT', 'TEXTAREA', 'HEAD', 'LINK', 'META',
]);
const BLOCK = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'BLOCKQUOTE', 'PRE', 'UL', 'OL',
  'LI', 'DL', 'DT', 'DD', 'TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'FIGURE',
  'FIGCAPTION', 'HR', 'ADDRESS', 'DETAILS', 'SUMMARY', 'FORM', 'FIELDSET', 'BODY', 'HTML', 'CENTER',
]);
const CELL = new Set(['TD', 'TH']);

/** Text of a node: paragraphs separated by a blank line, whitespace inside a paragraph folded. */
export function nodeToText(root: TextNodeLike): string {
  const out: string[] = [];
  const walk = (node: TextNodeLike): void => {
    if (node.nodeType === TEXT_NODE) {
      out.push(node.nodeValue ?? '');
      return;
    }
    if (node.nodeType !== ELEMENT_NODE && node.nodeType !== DOCUMENT_NODE && node.nodeType !== FRAGMENT_NODE) return;
    const name = node.nodeName.toUpperCase();
    if (DROPPED.has(name)) return;
    if (name === 'BR') {
      out.push('\u0001');
      return;
    }
    const block = BLOCK.has(name);
    if (block) out.push('\u0002');
    else if (CELL.has(name)) out.push(' ');
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) walk(children[i]!);
    if (block) out.push('\u0002');
  };
  walk(root);
  // \u0001 = line break, \u0002 = paragraph break; source whitespace is folded first.
  return out
    .join('')
    .replace(/\s+/g, ' ')
    .replace(/ *\u0002[\u0002 \u0001]*/g, '\n\n')
    .replace(/ *\u0001 */g, '\n')
    .trim();
}

/** Plain text of an HTML fragment or page (used for feed descriptions); cheap when there is no markup. */
export function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return html.replace(/\s+/g, ' ').trim();
  const { document } = parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`);
  return nodeToText(document.body as unknown as TextNodeLike);
}
