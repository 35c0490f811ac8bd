/**
 * Photo captions and credits copied with an article: "Kremlin spokesman Dmitry Peskov -
 * REUTERSpix", "Photo: Reuters", "Streikende in Berlin (Foto: dpa)", "AFP/Getty Images",
 * "Image caption, …" / "Image source, …" (BBC). The caption keeps the line as printed, credit
 * included, because that is how the page showed it; the credit is the photographer or agency.
 */

/** A caption line taken apart. Either part may be missing. */
export interface CaptionLine {
  caption: string | null;
  credit: string | null;
}

const CREDIT_LABEL =
  '(?:photo(?:graph)?s?|photo credit|pictures?|images?|image credit|credits?|crédits?(?: photo)?|foto(?:s|grafie|grafía)?|bild(?:quelle)?|quelle|zdroj|fotó|фото|фотография)';

// Words that only a photo credit ends with: agencies, picture desks, "pix", "Images".
const CREDIT_VOCABULARY = new RegExp(
  '(?:^|[\\s/(,-])(?:' +
    [
      'reuters', 'afp', 'ap', 'ap photo', 'epa', 'epa-efe', 'efe', 'getty', 'getty images', 'dpa',
      'picture[- ]alliance', 'imago', 'shutterstock', 'alamy', 'bloomberg', 'keystone', 'anp', 'xinhua',
      'tass', 'sputnik', 'ria novosti', 'čtk', 'ctk', 'bernama', 'pa', 'pa wire', 'pa images', 'pa media',
      'pool', 'handout', 'file photo', 'nurphoto', 'sopa images', 'lightrocket', 'anadolu',
      'anadolu agency', 'abaca', 'sipa', 'zuma', 'zuma press', 'aap', 'kyodo', 'yonhap', 'ansa',
      'wireimage', 'filmmagic', 'apa', 'belga', 'kna', 'epd', 'ddp', 'action press', 'laif', 'ullstein',
      'mauritius images', 'istock', 'istockphoto', 'unsplash', 'wikimedia commons', 'press association',
    ].join('|') +
    ')(?=$|[\\s/),.])|\\w+pix$|\\bimages$|\\bphoto(?:graph)?s?$|\\bfotos?$|\\bcourtesy\\b|\\bvia\\b',
  'iu',
);

/** True when `text` reads like a credit: short, no sentence, credit vocabulary present. */
export function looksLikeCredit(text: string): boolean {
  const t = text.trim();
  if (t.length === 0 || t.length > 70 || /[.!?]$/.test(t) && !/\b[A-Z]\.$/.test(t)) return false;
  if (t.split(/\s+/).length > 8) return false;
  return CREDIT_VOCABULARY.test(t);
}

const PICTURE_MARK =
  /\s*[([]((?:ap|afp|reuters|epa|dpa|aa|xinhua|aap|cp|pa)\s+photo\s*\/[^)\]]{2,60}|archivbild|archivfoto|symbolbild|symbolfoto|file photo|archive photo|photo d'archives|foto de archivo|foto d'archivio|foto archiwalne|фото из архива)[)\]]\s*$/iu;
const LABELLED_ONLY = new RegExp(`^\\(?${CREDIT_LABEL}\\s*:\\s*([^)]+?)\\)?$`, 'iu');
const LABELLED_TRAILING = new RegExp(`^(.*?\\S)\\s*[(\\[]\\s*${CREDIT_LABEL}\\s*:\\s*([^)\\]]+?)\\s*[)\\]]\\s*$`, 'iu');
const LABELLED_AFTER = new RegExp(`^(.*?\\S)\\s*(?:[-–—|/·]\\s*)?${CREDIT_LABEL}\\s*:\\s*(.+)$`, 'iu');
const SEPARATED_CREDIT = /^(.*?\S)\s+[-–—|/·]\s+(.+)$/u;
const SENTENCE_THEN_CREDIT = /^(.*?[.!?)”"])\s+([^.!?]+)$/u;

/**
 * Reads a caption or credit line, or returns null when the line is neither.
 * @param line one unit of the paste
 * @param strict in the article body, where only unmistakable caption lines are taken
 */
export function parseCaptionLine(line: string, strict = false): CaptionLine | null {
  const text = line.trim();
  if (text.length > (strict ? 300 : 400)) return null;

  const bbcSource = /^image (?:source|copyright),?\s+(.+)$/iu.exec(text);
  if (bbcSource?.[1]) return { caption: null, credit: bbcSource[1] };
  const bbcCaption = /^(?:image caption|caption|bildunterschrift|légende),?\s*:?\s+(.+)$/iu.exec(text);
  if (bbcCaption?.[1]) return { caption: bbcCaption[1], credit: null };

  // "… (AP Photo/J. Scott Applewhite)", "… (Archivbild)", "… (file photo)": a caption by its marker.
  const marked = PICTURE_MARK.exec(text);
  if (marked && text.length - marked[0].length >= 10) {
    const credit = marked[1]?.replace(/^(?:\p{L}+\s+)?photo\s*\/\s*/iu, '').trim() || null;
    return { caption: text, credit: credit && /\//u.test(marked[1] ?? '') ? (marked[1] ?? '').trim() : credit };
  }
  const only = LABELLED_ONLY.exec(text);
  if (only?.[1] && only[1].length <= 80) return { caption: null, credit: only[1].trim() };

  const trailing = LABELLED_TRAILING.exec(text) ?? LABELLED_AFTER.exec(text);
  if (trailing?.[2] && trailing[2].length <= 80 && !/[.!?]$/.test(trailing[2].trim())) {
    return { caption: text, credit: trailing[2].trim() };
  }

  // "© Name" on its own: a credit unless it is a copyright notice with a year.
  const copyright = /^©\s*([^0-9].{1,60})$/u.exec(text);
  if (copyright?.[1] && !/rights|reserved|rechte|droits|derechos/iu.test(text)) {
    return { caption: null, credit: copyright[1].trim() };
  }

  for (const pattern of [SEPARATED_CREDIT, SENTENCE_THEN_CREDIT]) {
    const m = pattern.exec(text);
    const credit = m?.[2]?.trim();
    if (m?.[1] && credit && looksLikeCredit(credit) && m[1].length >= 3 && !looksLikeCredit(m[1])) {
      // In the body a caption must not look like a paragraph that happens to end with a name.
      if (strict && !/[/]|pix$|images$|photo|foto|^[\p{Lu}\s/.-]{2,}$/iu.test(credit)) return null;
      return { caption: text, credit };
    }
  }
  // The whole line is a credit ("AFP/Getty Images", "REUTERS/Evelyn Hockstein").
  if (looksLikeCredit(text) && text.split(/\s+/).length <= 6) {
    if (/[/]|\bimages\b|pix\b|\bphoto\b|^[\p{Lu}\s/.-]+$/iu.test(text)) return { caption: null, credit: text };
  }
  return null;
}
