/// <reference lib="dom" />
/**
 * Plain text from article HTML, built from its block structure (textContent would glue
 * "Headline" and "First paragraph" together): one paragraph per block, separated by exactly one
 * blank line; a <br> keeps a line break inside its paragraph. Figures and their captions are left out.
 */

const BLOCK = new Set(
  (
    'ADDRESS ARTICLE ASIDE BLOCKQUOTE CAPTION DD DETAILS DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 ' +
    'H6 HEADER HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TBODY TFOOT THEAD TR UL'
  ).split(' '),
);
// Figures are pictures with their captions: the clipping keeps the lead caption apart, and the
// body text reads as the article did in print.
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'MATH',
  'IFRAME',
  'OBJECT',
  'FIGURE',
]);
const CELL = new Set(['TD', 'TH']);
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

class Paragraphs {
  readonly out: string[] = [];
  private line = '';
  private lines: string[] = [];

  text(value: string, preformatted: boolean): void {
    this.line += preformatted ? value : value.replace(/\s+/g, ' ');
  }

  lineBreak(): void {
    this.lines.push(this.line);
    this.line = '';
  }

  /** Ends the current paragraph; an empty one (or one with only blank lines) is dropped. */
  flush(preformatted = false): void {
    this.lineBreak();
    let current: string[] = [];
    const emit = (): void => {
      if (current.length) this.out.push(current.join('\n'));
      current = [];
    };
    for (const raw of this.lines.flatMap((l) => l.split('\n'))) {
      const line = preformatted ? raw.replace(/\s+$/, '') : raw.replace(/\s+/g, ' ').trim();
      // Two <br> in a row are how many sites separate paragraphs.
      if (line.trim()) current.push(line);
      else emit();
    }
    emit();
    this.lines = [];
  }
}

function walk(node: Node, acc: Paragraphs, preformatted: boolean): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) {
      acc.text(child.nodeValue ?? '', preformatted);
      continue;
    }
    if (child.nodeType !== ELEMENT_NODE) continue;
    const tag = (child as Element).tagName.toUpperCase();
    if (SKIP.has(tag)) continue;
    if (tag === 'BR') {
      acc.lineBreak();
      continue;
    }
    if (CELL.has(tag)) {
      acc.text(' ', false);
      walk(child, acc, preformatted);
      acc.text(' ', false);
      continue;
    }
    if (tag === 'IMG') continue;
    const pre = preformatted || tag === 'PRE';
    if (BLOCK.has(tag)) {
      acc.flush(preformatted);
      walk(child, acc, pre);
      acc.flush(pre);
    } else {
      walk(child, acc, pre);
    }
  }
}

/** The paragraphs of an element's content, as a list. */
export function paragraphsOf(root: Node): string[] {
  const acc = new Paragraphs();
  walk(root, acc, false);
  acc.flush();
  return acc.out;
}

/** The plain text of an element's content: paragraphs joined by one blank line. */
export function blockText(root: Node): string {
  return paragraphsOf(root).join('\n\n');
}
