/** One row of `npm run bench`'s table, self-describing (see README.md): what, how much, against what, to which target. */
export interface BenchRow<Area extends string = string> {
  area: Area;
  name: string;
  value: number;
  unit: string;
  /** The same measure of the baseline, taken in the same run (say what it is in `note`). */
  baseline?: number;
  /** How many times better than the baseline. */
  ratio?: number;
  target?: string;
  pass?: boolean;
  note?: string;
}
