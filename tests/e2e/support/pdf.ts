/**
 * Reading printed pages back: the text of each page of a PDF (pdf.js, in Node), so print checks
 * look at what a teacher or parent would hold, not at screenshots.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfPage {
  text: string;
  /** Width and height in points (A4 portrait is about 595 x 842). */
  width: number;
  height: number;
}

export async function pdfPages(pdf: Buffer): Promise<PdfPage[]> {
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: PdfPage[] = [];
  for (let n = 1; n <= document.numPages; n += 1) {
    const page = await document.getPage(n);
    const content = await page.getTextContent();
    const [, , width, height] = page.view;
    pages.push({
      text: content.items
        .map((item) => ('str' in item ? item.str : ''))
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim(),
      width: width!,
      height: height!,
    });
  }
  await document.destroy();
  return pages;
}
