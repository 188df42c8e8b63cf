/**
 * Reading printed pages back, the way a teacher's or parent's printer would see them: each page's
 * size and text (pdf.js, in Node: no system tool needed), so print checks look at what a person
 * would hold, not at screenshots.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfPage {
  text: string;
  /** Width and height in points (A4 portrait is about 595 x 842). */
  width: number;
  height: number;
  /** How much of the page's height the text spans, top line to bottom line (0 to 1). */
  textSpan: number;
}

interface Run {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
  eol: boolean;
}

/** Joins pdf.js text runs: a space only where there is a gap (a word split by kerning stays whole). */
function joinRuns(runs: Run[]): string {
  let out = '';
  let last: Run | undefined;
  for (const run of runs) {
    if (last) {
      const sameLine = Math.abs(run.y - last.y) < Math.max(2, last.height * 0.3);
      const gap = run.x - (last.x + last.width);
      out += last.eol || !sameLine ? '\n' : gap > Math.max(1, last.height * 0.15) ? ' ' : '';
    }
    out += run.str;
    last = run;
  }
  return out
    .replace(/[ \t]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .trim();
}

export async function pdfPages(pdf: Buffer): Promise<PdfPage[]> {
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: PdfPage[] = [];
  for (let n = 1; n <= document.numPages; n += 1) {
    const page = await document.getPage(n);
    const content = await page.getTextContent();
    const runs = content.items.flatMap((item) =>
      'str' in item
        ? [
            {
              str: item.str,
              x: item.transform[4] as number,
              y: item.transform[5] as number,
              width: item.width,
              height: item.height,
              eol: item.hasEOL,
            },
          ]
        : [],
    );
    const [, , width, height] = page.view;
    const ys = runs.filter((r) => r.str.trim()).map((r) => r.y);
    const textSpan = ys.length ? (Math.max(...ys) - Math.min(...ys)) / height! : 0;
    pages.push({ text: joinRuns(runs).replace(/\s+/g, ' '), width: width!, height: height!, textSpan });
  }
  await document.destroy();
  return pages;
}

/** The same, shaped as the parents' print checks read it: every page's size, and its text. */
export async function readPdf(pdf: Buffer): Promise<{ sizes: { width: number; height: number }[]; pages: string[] }> {
  const pages = await pdfPages(pdf);
  return { sizes: pages.map(({ width, height }) => ({ width, height })), pages: pages.map((p) => p.text) };
}
