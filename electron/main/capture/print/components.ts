/**
 * Connected components of a black-and-white mask (8-connected), as bounding boxes with their
 * pixel counts: letters, mostly, on a page of text. Two passes with union–find.
 */
import type { Box } from './gray';

export interface Component extends Box {
  pixels: number;
}

/** Labels `mask` (1 = ink) and returns one box per component. */
export function components(mask: Uint8Array, width: number, height: number): Component[] {
  const labels = new Int32Array(width * height);
  const parent: number[] = [0];
  const find = (a: number): number => {
    while (parent[a] !== a) {
      parent[a] = parent[parent[a] as number] as number;
      a = parent[a] as number;
    }
    return a;
  };
  const union = (a: number, b: number): number => {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) return ra;
    const [lo, hi] = ra < rb ? [ra, rb] : [rb, ra];
    parent[hi] = lo;
    return lo;
  };
  const join = (label: number, n: number): number => (n ? (label ? union(label, n) : n) : label);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = y * width + x;
      if (!mask[i]) continue;
      // Neighbours already visited, in this order: W, NW, N, NE.
      let label = x > 0 ? (labels[i - 1] as number) : 0;
      if (y > 0) {
        if (x > 0) label = join(label, labels[i - width - 1] as number);
        label = join(label, labels[i - width] as number);
        if (x + 1 < width) label = join(label, labels[i - width + 1] as number);
      }
      if (!label) {
        label = parent.length;
        parent.push(label);
      }
      labels[i] = label;
    }
  }
  const boxes = new Map<number, Component>();
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const l = labels[y * width + x] as number;
      if (!l) continue;
      const root = find(l);
      const box = boxes.get(root);
      if (!box) boxes.set(root, { x0: x, y0: y, x1: x + 1, y1: y + 1, pixels: 1 });
      else {
        if (x < box.x0) box.x0 = x;
        if (x + 1 > box.x1) box.x1 = x + 1;
        if (y + 1 > box.y1) box.y1 = y + 1;
        box.pixels++;
      }
    }
  }
  return [...boxes.values()];
}

/** The median of a list of numbers (0 for none). */
export function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
