/**
 * The one key an agency's or an outlet's name is looked up by, however the paste prints it:
 * "The Guardian" / " guardian " / "ＮＨＫ" / "ＡＦＰ" → "guardian", "nhk", "afp" (compatibility
 * forms folded, white space collapsed, lower case, no leading "the").
 */
export function nameKey(text: string): string {
  return text.normalize('NFKC').trim().replace(/\s+/gu, ' ').toLowerCase().replace(/^the /u, '');
}
