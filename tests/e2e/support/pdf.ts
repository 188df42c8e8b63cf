/**
 * Reads a printed PDF the way a parent's printer would see it: page size, pages, and the text on
 * each page (through poppler's pdftotext, which `npm test` needs beside Chromium).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PdfPages {
  /** Width and height of every page in points (A4 is 595 x 842). */
  sizes: { width: number; height: number }[];
  /** The text on each page, in order. */
  pages: string[];
}

export function readPdf(pdf: Buffer): PdfPages {
  const raw = pdf.toString('latin1');
  const sizes = [...raw.matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => ({
    width: Number(m[1]),
    height: Number(m[2]),
  }));
  const dir = mkdtempSync(join(tmpdir(), 'tt-pdf-'));
  try {
    const file = join(dir, 'print.pdf');
    writeFileSync(file, pdf);
    let text: string;
    try {
      text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    } catch (error) {
      throw new Error(`pdftotext could not read the PDF (install poppler-utils): ${(error as Error).message}`, { cause: error });
    }
    // pdftotext ends every page with a form feed.
    const pages = text.split('\f').slice(0, -1);
    return { sizes, pages };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
