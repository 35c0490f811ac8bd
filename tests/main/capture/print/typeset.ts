/**
 * A page of type drawn on a white canvas, as the OCR tests read it: `lines` in a font that ships
 * with Cuttings for dossiers (resolved from node_modules), black on white, one line every `lineHeight`.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { grayFromRgba, type Gray } from '../../../../electron/main/capture/print/gray';

export interface Typesetting {
  /** The font file, as a package path (`@expo-google-fonts/…/….ttf`). */
  font: string;
  size: number;
  width: number;
  lineHeight: number;
  /** Baseline of the first line. */
  top: number;
  /** Room under the last line's slot (the page is top + bottom + lines × lineHeight tall). */
  bottom: number;
  /** x of each line's start (left) or end (right). */
  x: number;
  align?: 'left' | 'right';
}

export function typesetPage(lines: readonly string[], t: Typesetting): Gray {
  const family = `Typeset ${path.basename(t.font, '.ttf')}`;
  GlobalFonts.registerFromPath(createRequire(import.meta.url).resolve(t.font), family);
  const canvas = createCanvas(t.width, t.top + t.bottom + lines.length * t.lineHeight);
  const g = canvas.getContext('2d');
  g.fillStyle = '#fff';
  g.fillRect(0, 0, canvas.width, canvas.height);
  g.fillStyle = '#000';
  g.font = `${t.size}px "${family}"`;
  g.textAlign = t.align ?? 'left';
  lines.forEach((line, i) => g.fillText(line, t.x, t.top + i * t.lineHeight));
  const { data } = g.getImageData(0, 0, canvas.width, canvas.height);
  return grayFromRgba(data, canvas.width, canvas.height);
}
