/**
 * Grey images (one byte a pixel, 0 = black) and the few operations page cleaning needs:
 * shrinking, cropping, rotating, flattening uneven light, and a black-and-white threshold.
 * Plain loops over typed arrays: an A4 page at 300 dpi (8.7 million pixels) takes tens of
 * milliseconds per pass.
 */

export interface Gray {
  width: number;
  height: number;
  data: Uint8Array;
}

/** A rectangle in pixels. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export function grayFromRgba(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number): Gray {
  const data = new Uint8Array(width * height);
  for (let i = 0, j = 0; i < data.length; i++, j += 4) {
    // Rec. 601 luma, in integers.
    data[i] = ((rgba[j] as number) * 299 + (rgba[j + 1] as number) * 587 + (rgba[j + 2] as number) * 114) / 1000;
  }
  return { width, height, data };
}

/** Shrinks by an integer factor, averaging each factor × factor square. */
export function shrink(img: Gray, factor: number): Gray {
  if (factor <= 1) return img;
  const width = Math.max(1, Math.floor(img.width / factor));
  const height = Math.max(1, Math.floor(img.height / factor));
  const data = new Uint8Array(width * height);
  const area = factor * factor;
  const src = img.data;
  if (factor === 2) {
    // The common case (a 300-dpi page to layout size), without the inner loops: the same sums.
    for (let y = 0; y < height; y++) {
      const top = 2 * y * img.width;
      const bottom = top + img.width;
      for (let x = 0; x < width; x++) {
        const i = 2 * x;
        data[y * width + x] = ((src[top + i] as number) + (src[top + i + 1] as number) + (src[bottom + i] as number) + (src[bottom + i + 1] as number)) / 4;
      }
    }
    return { width, height, data };
  }
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let sum = 0;
      for (let dy = 0; dy < factor; dy++) {
        const row = (y * factor + dy) * img.width + x * factor;
        for (let dx = 0; dx < factor; dx++) sum += img.data[row + dx] as number;
      }
      data[y * width + x] = sum / area;
    }
  }
  return { width, height, data };
}

/** Enlarges by an integer factor, bilinear (small print read by OCR). */
export function enlarge(img: Gray, factor: number): Gray {
  const width = img.width * factor;
  const height = img.height * factor;
  const data = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    const sy = Math.min(img.height - 1, Math.max(0, (y + 0.5) / factor - 0.5));
    const y0 = Math.floor(sy);
    const y1 = Math.min(img.height - 1, y0 + 1);
    const fy = sy - y0;
    for (let x = 0; x < width; x++) {
      const sx = Math.min(img.width - 1, Math.max(0, (x + 0.5) / factor - 0.5));
      const x0 = Math.floor(sx);
      const x1 = Math.min(img.width - 1, x0 + 1);
      const fx = sx - x0;
      const top = (img.data[y0 * img.width + x0] as number) * (1 - fx) + (img.data[y0 * img.width + x1] as number) * fx;
      const bottom = (img.data[y1 * img.width + x0] as number) * (1 - fx) + (img.data[y1 * img.width + x1] as number) * fx;
      data[y * width + x] = top * (1 - fy) + bottom * fy;
    }
  }
  return { width, height, data };
}

/**
 * A 3 × 3 box blur: isolated specks fade below the ink threshold, letters stay. The mean of
 * the pixels of the square inside the image (fewer at the edges), from sums of three in a row.
 */
export function soften(img: Gray): Gray {
  const { width, height } = img;
  const src = img.data;
  const data = new Uint8Array(width * height);
  // Each pixel's row sum of three (two at the ends), then three such sums in a column.
  const rows = new Uint16Array(width * height);
  for (let y = 0; y < height; y++) {
    const start = y * width;
    for (let x = 0; x < width; x++) {
      const i = start + x;
      rows[i] = (src[i] as number) + (x > 0 ? (src[i - 1] as number) : 0) + (x + 1 < width ? (src[i + 1] as number) : 0);
    }
  }
  for (let y = 0; y < height; y++) {
    const start = y * width;
    const above = y > 0;
    const below = y + 1 < height;
    const tall = 1 + (above ? 1 : 0) + (below ? 1 : 0);
    for (let x = 0; x < width; x++) {
      const i = start + x;
      const sum = (rows[i] as number) + (above ? (rows[i - width] as number) : 0) + (below ? (rows[i + width] as number) : 0);
      const wide = 1 + (x > 0 ? 1 : 0) + (x + 1 < width ? 1 : 0);
      data[i] = sum / (wide * tall);
    }
  }
  return { width, height, data };
}

export function crop(img: Gray, box: Box): Gray {
  const x0 = Math.max(0, Math.floor(box.x0));
  const y0 = Math.max(0, Math.floor(box.y0));
  const x1 = Math.min(img.width, Math.ceil(box.x1));
  const y1 = Math.min(img.height, Math.ceil(box.y1));
  const width = Math.max(1, x1 - x0);
  const height = Math.max(1, y1 - y0);
  const data = new Uint8Array(width * height).fill(255);
  for (let y = 0; y < height && y0 + y < img.height; y++) {
    data.set(img.data.subarray((y0 + y) * img.width + x0, (y0 + y) * img.width + x0 + width), y * width);
  }
  return { width, height, data };
}

/**
 * Rotates about the centre by `degrees` (positive = counter-clockwise as seen), keeping the
 * size; corners brought in from outside are white. Bilinear, so text edges stay smooth.
 */
export function rotate(img: Gray, degrees: number): Gray {
  if (Math.abs(degrees) < 0.01) return img;
  const { width, height } = img;
  const rad = (degrees * Math.PI) / 180;
  const cos = Math.cos(rad);
  const sin = Math.sin(rad);
  const cx = width / 2;
  const cy = height / 2;
  const data = new Uint8Array(width * height);
  const src = img.data;
  // The column's share of the source position is the same on every row: worked out once.
  const cosX = new Float64Array(width);
  const sinX = new Float64Array(width);
  for (let x = 0; x < width; x++) {
    cosX[x] = cos * (x - cx);
    sinX[x] = sin * (x - cx);
  }
  for (let y = 0; y < height; y++) {
    const dy = y - cy;
    const sinY = sin * dy;
    const cosY = cos * dy;
    for (let x = 0; x < width; x++) {
      // Where this output pixel comes from in the source (the inverse rotation).
      const sx = (cosX[x] as number) - sinY + cx;
      const sy = (sinX[x] as number) + cosY + cy;
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      if (x0 < 0 || y0 < 0 || x0 + 1 >= width || y0 + 1 >= height) {
        data[y * width + x] = 255;
        continue;
      }
      const fx = sx - x0;
      const fy = sy - y0;
      const i = y0 * width + x0;
      const top = (src[i] as number) * (1 - fx) + (src[i + 1] as number) * fx;
      const bottom = (src[i + width] as number) * (1 - fx) + (src[i + width + 1] as number) * fx;
      data[y * width + x] = top * (1 - fy) + bottom * fy;
    }
  }
  return { width, height, data };
}

/**
 * Evens out the light: each pixel is divided by the paper's brightness around it (the
 * brightest values of a coarse grid, smoothed), so a photo darker in one corner reads like a
 * scan, and a grey table around the page turns white.
 */
export function flattenLight(img: Gray, cell = 48): Gray {
  const gw = Math.ceil(img.width / cell);
  const gh = Math.ceil(img.height / cell);
  const grid = new Float32Array(gw * gh);
  for (let gy = 0; gy < gh; gy++) {
    for (let gx = 0; gx < gw; gx++) {
      // The 90th percentile of the cell: the paper, not the ink.
      const hist = new Uint32Array(256);
      let n = 0;
      for (let y = gy * cell; y < Math.min(img.height, (gy + 1) * cell); y += 2) {
        for (let x = gx * cell; x < Math.min(img.width, (gx + 1) * cell); x += 2) {
          const v = img.data[y * img.width + x] as number;
          hist[v] = (hist[v] as number) + 1;
          n++;
        }
      }
      let seen = 0;
      let v = 255;
      for (; v > 0; v--) {
        seen += hist[v] as number;
        if (seen >= n * 0.1) break;
      }
      grid[gy * gw + gx] = Math.max(v, 40);
    }
  }
  // A cell full of ink (a headline in bold) reads dark: take the brighter of its neighbours.
  const smooth = new Float32Array(gw * gh);
  for (let gy = 0; gy < gh; gy++) {
    for (let gx = 0; gx < gw; gx++) {
      let best = 0;
      for (let dy = -1; dy <= 1; dy++)
        for (let dx = -1; dx <= 1; dx++) {
          const yy = gy + dy;
          const xx = gx + dx;
          if (yy >= 0 && xx >= 0 && yy < gh && xx < gw) best = Math.max(best, grid[yy * gw + xx] as number);
        }
      smooth[gy * gw + gx] = best;
    }
  }
  // The paper's brightness at each pixel: bilinear between cell centres. Where each column
  // falls between them is the same on every row, so it is worked out once.
  const cols = new Int32Array(img.width);
  const nextCols = new Int32Array(img.width);
  const colT = new Float64Array(img.width);
  for (let x = 0; x < img.width; x++) {
    const fx = Math.min(gw - 1, Math.max(0, x / cell - 0.5));
    cols[x] = Math.floor(fx);
    nextCols[x] = Math.min(gw - 1, Math.floor(fx) + 1);
    colT[x] = fx - Math.floor(fx);
  }
  const data = new Uint8Array(img.data.length);
  for (let y = 0; y < img.height; y++) {
    const fy = Math.min(gh - 1, Math.max(0, y / cell - 0.5));
    const y0 = Math.floor(fy);
    const y1 = Math.min(gh - 1, y0 + 1);
    const ty = fy - y0;
    const start = y * img.width;
    const r0 = y0 * gw;
    const r1 = y1 * gw;
    for (let x = 0; x < img.width; x++) {
      const x0 = cols[x] as number;
      const x1 = nextCols[x] as number;
      const tx = colT[x] as number;
      const bg =
        ((smooth[r0 + x0] as number) * (1 - tx) + (smooth[r0 + x1] as number) * tx) * (1 - ty) +
        ((smooth[r1 + x0] as number) * (1 - tx) + (smooth[r1 + x1] as number) * tx) * ty;
      const i = start + x;
      data[i] = Math.min(255, ((img.data[i] as number) * 255) / bg);
    }
  }
  return { width: img.width, height: img.height, data };
}

/** Otsu's threshold: the grey level that best separates ink from paper. */
export function otsu(img: Gray): number {
  const hist = new Float64Array(256);
  const values = img.data;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    hist[v] = (hist[v] as number) + 1;
  }
  const total = img.data.length;
  let sumAll = 0;
  for (let i = 0; i < 256; i++) sumAll += i * (hist[i] as number);
  let sumB = 0;
  let wB = 0;
  let best = 0;
  let threshold = 128;
  for (let t = 0; t < 256; t++) {
    wB += hist[t] as number;
    if (wB === 0) continue;
    const wF = total - wB;
    if (wF === 0) break;
    sumB += t * (hist[t] as number);
    const mB = sumB / wB;
    const mF = (sumAll - sumB) / wF;
    const between = wB * wF * (mB - mF) * (mB - mF);
    if (between > best) {
      best = between;
      threshold = t;
    }
  }
  return threshold;
}

/** 1 where there is ink (darker than `threshold`), else 0. */
export function inkMask(img: Gray, threshold = otsu(img)): Uint8Array {
  const mask = new Uint8Array(img.data.length);
  for (let i = 0; i < mask.length; i++) mask[i] = (img.data[i] as number) < threshold ? 1 : 0;
  return mask;
}
