/** The end of a pasted body: tag lists and labels left after the last paragraph. */
import type { Line } from './classify';
import { wordCount } from './headline';

const TAG_LABEL = /^(?:tags?|теги|тэги|теґи|etiquetas|etichette|schlagw(?:orte|örter)|themen|mots-clés|tagi|štítky|témata|etiketler|标签|タグ|태그|תגיות|الوسوم|topics|related topics|filed (?:to|under))\s*:?$/iu;

/** True when the line at `i` belongs to a list of tags: after a "Tags" label, among one- or two-word lines. */
export function inTagList(lines: Line[], i: number): boolean {
  const near = (j: number): Line | undefined => lines[j];
  if (TAG_LABEL.test(near(i - 1)?.text ?? '')) return true;
  const short = (l: Line | undefined): boolean => !!l && !l.prose && l.size <= 3 && l.kind !== 'furniture';
  return short(near(i - 1)) && short(near(i + 1));
}

/** Removes trailing tag lists and labels ("Ukraine", "Russia") left after the last paragraph. */
export function trimTail(body: string[]): string[] {
  const out = [...body];
  while (out.length > 1) {
    const last = out[out.length - 1] ?? '';
    // A sentence with the writer's sign-off after it ("…進める。（山田太郎）") is the last paragraph.
    const ended = /[.!?"”“»…。」]$/u.test(last) || /[.!?。」]\s*[（(【][^（）()【】]{1,20}[）)】]$/u.test(last);
    if (wordCount(last) <= 4 && !ended && !/^[-–•*·▪►]\s/u.test(last)) out.pop();
    else break;
  }
  return out;
}

