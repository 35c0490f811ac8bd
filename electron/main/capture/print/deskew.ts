/**
 * Finding how far a photographed page is tilted: lines of text cast sharp peaks on a
 * projection along them, and blurred ones across them. The angle whose horizontal projection
 * of the ink is sharpest (largest sum of squared row counts) is the tilt.
 */
import { type Gray, inkMask } from './gray';

/** Tilts beyond this are not tried: a page photographed more crooked than that is re-taken. */
export const MAX_TILT = 12;

/**
 * The angle in degrees to pass to `rotate()` to straighten `img` (0 when the page is straight
 * or shows too little text to tell). `img` should be small (about 1000 pixels wide) and flattened.
 */
export function skewAngle(img: Gray): number {
  const mask = inkMask(img);
  let ink = 0;
  for (let i = 0; i < mask.length; i++) ink += mask[i] as number;
  // Too little ink to measure, or a page that is mostly black (a photo, not text).
  if (ink < 500 || ink > mask.length * 0.5) return 0;
  const xs = new Float64Array(ink);
  const ys = new Float64Array(ink);
  for (let y = 0, n = 0; y < img.height; y++) {
    for (let x = 0; x < img.width; x++) {
      if (mask[y * img.width + x]) {
        xs[n] = x - img.width / 2;
        ys[n++] = y - img.height / 2;
      }
    }
  }
  const diagonal = Math.ceil(Math.hypot(img.width, img.height));
  const bins = new Float64Array(diagonal * 2 + 2);
  const sharpness = (degrees: number): number => {
    const rad = (degrees * Math.PI) / 180;
    const sin = Math.sin(rad);
    const cos = Math.cos(rad);
    bins.fill(0);
    for (let i = 0; i < xs.length; i++) {
      const row = Math.round((ys[i] as number) * cos - (xs[i] as number) * sin) + diagonal;
      bins[row] = (bins[row] as number) + 1;
    }
    let sum = 0;
    for (let i = 0; i < bins.length; i++) sum += (bins[i] as number) * (bins[i] as number);
    return sum;
  };
  let best = 0;
  let bestScore = -1;
  for (let a = -MAX_TILT; a <= MAX_TILT; a += 0.25) {
    const s = sharpness(a);
    if (s > bestScore) [best, bestScore] = [a, s];
  }
  const coarse = best;
  for (let a = coarse - 0.25; a <= coarse + 0.25; a += 0.05) {
    const s = sharpness(a);
    if (s > bestScore) [best, bestScore] = [a, s];
  }
  return Math.round(best * 100) / 100;
}
