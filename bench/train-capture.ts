/**
 * `npm run train:capture [-- --check]`: retrains the paste parser's line scorer on the TUNE
 * halves of the paste corpus (bench/train/line-scorer.ts) and writes its weights to
 * electron/main/capture/paste/data/line-scorer.json. `--check` writes nothing and fails when
 * the committed weights are not what training gives. Deterministic: run it twice, same file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { crossValidate, trainLineScorer } from './train/line-scorer';

const root = fileURLToPath(new URL('..', import.meta.url));
const file = `${root}electron/main/capture/paste/data/line-scorer.json`;
if (process.argv.includes('--cv')) {
  const cv = crossValidate(root);
  console.log(`5-fold cross-validation on the tune half: headline ${(100 * cv.headline).toFixed(1)} %, byline ${(100 * cv.byline).toFixed(1)} % (the rules alone: ${(100 * cv.rules.headline).toFixed(1)} %, ${(100 * cv.rules.byline).toFixed(1)} %)`);
  process.exit(0);
}
const text = `${JSON.stringify(trainLineScorer(root, (line) => console.log(line)))}\n`;
if (process.argv.includes('--check')) {
  if (readFileSync(file, 'utf8') !== text) {
    console.error(`${file} is not what training gives: run npm run train:capture`);
    process.exit(1);
  }
  console.log('line-scorer.json matches training');
} else {
  writeFileSync(file, text);
  console.log(`weights written to ${file}`);
}
