// A logo spaced out between two ideographs or syllables ("琉球 新報", "국민 일보") is the name written together.
const CJK_SPACE = /(?<=[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]) (?=[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}])/gu;

/**
 * The one key an agency's or an outlet's name is looked up by, however the paste prints it:
 * "The Guardian" / " guardian " / "ＮＨＫ" / "ＡＦＰ" → "guardian", "nhk", "afp" (compatibility
 * forms folded, white space collapsed, lower case, no leading "the"). Arabic script is folded as
 * its writers vary it: vowel marks and the tatweel dropped ("العُمانية" = "العمانية"), hamza on
 * alef optional ("ارنا" = "إرنا"), Arabic and Persian yeh and kaf one letter ("ايرنا" = "ایرنا").
 */
export function nameKey(text: string): string {
  const key = text.normalize('NFKC').trim().replace(/\s+/gu, ' ').toLowerCase().replace(/^the /u, '').replace(CJK_SPACE, '');
  return /[\u0600-\u06ff]/u.test(key) ? foldArabic(key) : key;
}

function foldArabic(text: string): string {
  return text
    .replace(/[\u064b-\u065f\u0670\u0640]/gu, '')
    .replace(/[أإآٱ]/gu, 'ا')
    .replace(/[يى]/gu, 'ی')
    .replace(/ك/gu, 'ک');
}
