/**
 * Site furniture: the lines a browser copies along with an article that are not part of it
 * (advertising markers, share buttons, newsletter and app promotions, "read more" links,
 * copyright notices). Matching is on whole lines, so a paragraph that merely mentions an
 * advertisement is kept.
 */

/** Lines that are furniture in their entirety (case-insensitive, after trimming). */
const WHOLE = new RegExp(
  '^(?:' +
    [
      'advertisement', 'advertisment', 'ad', 'ads', 'anzeige', 'werbung', 'publicité', 'publicidad',
      'pubblicità', 'reklama', 'inzerce', 'реклама', 'sponsored', 'sponsored content', 'paid content',
      'scroll to continue', 'scroll to continue with content', 'story continues below(?: advertisement)?',
      'continue reading', 'continue reading the main story', 'weiterlesen', 'weiter lesen', 'lire la suite',
      'leer más', 'seguir leyendo', 'číst dál', 'читать далее', 'read more', 'read full article', 'more',
      'related', 'related coverage', 'related content', 'related articles?', 'related stories',
      'related topics', 'more on this story', 'more from .{1,40}', 'most read', 'most popular',
      'trending', 'recommended', 'recommended stories', 'top stories', 'mehr zum thema', 'zum thema',
      'auch interessant', 'das könnte sie auch interessieren', 'lesen sie auch', 'à lire aussi',
      'lire aussi', 'sur le même sujet', 'te puede interesar', 'mohlo by vás zanímat',
      'share', 'shares?', 'share this', 'share this article', 'share this story', 'share on .{1,20}',
      'share via', 'artikel teilen', 'teilen', 'beitrag teilen', 'partager', 'partager cet article',
      'compartir', 'sdílet', 'поделиться', 'tweet', 'facebook', 'twitter', 'x', 'whatsapp', 'telegram',
      'linkedin', 'reddit', 'pinterest', 'e-?mail', 'messenger', 'copy link', 'link copied',
      'link kopieren', 'copier le lien', 'print', 'drucken', 'imprimer', 'save', 'saved', 'merken',
      'bookmark', 'gift (?:this )?article', 'comments?', 'kommentare?', 'commentaires?', 'comentarios',
      'diskuse', 'join', 'follow', 'subscribe', 'abonnieren', "s'abonner", 'suscríbete', 'jetzt abonnieren',
      'sign in', 'log in', 'anmelden', 'register', 'listen', 'listen to this article',
      'listen to article', 'artikel anhören', 'écouter cet article', 'play', 'play video', 'watch',
      'video', 'audio', 'skip to content', 'skip advertisement', 'skip to main content', 'supported by',
      'go to comments', 'back to top', 'nach oben', 'feedback', 'report an error', 'fehler melden',
      'close', 'schließen', 'fermer', 'menu', 'home', 'news', 'accept', 'accept cookies',
      'our standards: the thomson reuters trust principles\\.?', 'all rights reserved\\.?',
      'alle rechte vorbehalten\\.?', 'tous droits réservés\\.?', 'todos los derechos reservados\\.?',
      'image', 'photo', 'foto', 'bild', 'getty images', 'enlarge this image', 'toggle caption',
      'hide caption', 'expand', 'view image in fullscreen', 'open image in gallery',
      '\\d+\\s*(?:min|minute|minutes|mins)\\.?(?:\\s*(?:read|lesezeit|de lecture|lectura|listen))?',
      '(?:lesezeit|reading time|temps de lecture|tiempo de lectura)\\s*:?\\s*\\d+\\s*\\w*',
      '\\d+\\s*(?:comments?|kommentare?|commentaires?|comentarios|shares?)',
      // Date labels copied on a line of their own, above the date.
      'published', 'updated', 'last updated', 'first published', 'posted', 'veröffentlicht', 'aktualisiert',
      'publié', 'mis à jour', 'publicado', 'actualizado', 'publikováno', 'aktualizováno', 'опубликовано',
    ].join('|') +
    ')[.:!]?$',
  'iu',
);

/** Lines that start like furniture; only short lines are tested, so prose is never removed. */
const PREFIX = new RegExp(
  '^(?:' +
    [
      'read more\\s*:', 'read also\\s*:', 'see also\\s*:', 'related\\s*:', 'more\\s*:', 'watch\\s*:',
      'listen\\s*:', 'also read\\s*:', 'recommended\\s*:', 'lesen sie (?:auch|mehr)\\s*:?',
      'mehr (?:dazu|zum thema)\\s*:', 'auch interessant\\s*:', 'lire aussi\\s*:', 'à lire aussi\\s*:',
      'voir aussi\\s*:', 'lee también\\s*:', 'leer más\\s*:', 'čtěte také\\s*:', 'читайте также\\s*:?',
      'sign up (?:for|to|here|now)', 'subscribe (?:to|for|now)', 'register (?:for|now)',
      'get (?:our|the) .{0,40}newsletter', 'newsletter\\b', 'melden sie sich', 'abonnieren sie',
      'inscrivez-vous', 'suscríbete', 'download (?:the|our) .{0,30}app', 'get the .{0,30}app',
      'install the .{0,30}app', 'laden sie (?:die|unsere) .{0,30}app', 'téléchargez',
      'follow (?:us|the latest|.{1,30} on (?:twitter|x|facebook|instagram|telegram|whatsapp))',
      'folgen sie uns', 'suivez-nous', 'síganos', 'join (?:our|us|the conversation)',
      'click here', 'hier klicken', 'cliquez ici', 'tap here', 'copyright\\b', '©', '\\(c\\)\\s*\\d{4}',
      'our standards\\s*:', 'topics\\s*:', 'tags\\s*:', 'themen\\s*:', 'schlagworte\\s*:',
      'mots-clés\\s*:', 'témata\\s*:', 'this article (?:was|is) (?:originally )?(?:published|produced)',
      'we use cookies', 'wir verwenden cookies', 'nous utilisons des cookies', 'advertisement\\b',
      'story continues', 'article continues', 'skip (?:past|next)', 'updated .{0,12} ago$',
      'have a (?:news )?tip', 'got a (?:news )?tip', 'if you or someone you know', 'powered by\\b',
      'sponsored by\\b', 'presented by\\b', 'in partnership with\\b',
    ].join('|') +
    ')',
  'iu',
);

/** Separators sites put between buttons copied as one line ("Advertisement · Scroll to continue"). */
const SEPARATORS = /\s*[·•|\u2022\u00B7/]\s*/u;

/** True when the whole line is page furniture rather than article text. */
export function isFurniture(line: string): boolean {
  const text = line.trim();
  if (text.length === 0) return true;
  if (WHOLE.test(text)) return true;
  if (text.length <= 220 && PREFIX.test(text)) return true;
  // Lines of lone punctuation, bullets or arrows ("•", "›", "—").
  if (!/[\p{L}\p{N}]/u.test(text)) return true;
  const parts = text.split(SEPARATORS).filter((p) => p.length > 0);
  if (parts.length > 1 && text.length <= 160 && parts.every((p) => WHOLE.test(p))) return true;
  // Button rows copied without separators: "Facebook Twitter WhatsApp".
  const words = text.split(/\s+/);
  return words.length > 1 && words.length <= 8 && words.every((w) => WHOLE.test(w));
}

/** Names credited in a wire service's closing line ("Reporting by X; Editing by Y"). */
export interface WireCredits {
  /** Who reported or wrote the story, as written ("Paul Lindqvist", "A and B"). */
  author: string | null;
  /** Every person named in the line, one name each. */
  people: string[];
}

const CREDIT_LINE =
  /^\(?\s*((?:additional |further )?(?:reporting|writing|editing|compiled|reporting and writing|written|edited|graphics|research)(?: and (?:writing|editing))? by\b.*?)\s*\)?\.?$/iu;

/** Parses "Reporting by X; Editing by Y" (and its Reuters variants), or returns null. */
export function parseWireCredits(line: string): WireCredits | null {
  const match = CREDIT_LINE.exec(line.trim());
  if (!match?.[1] || line.length > 400) return null;
  let author: string | null = null;
  const people: string[] = [];
  for (const clause of match[1].split(/\s*;\s*/)) {
    const parts = /^(.*?)\bby\s+(.+)$/iu.exec(clause);
    if (!parts?.[2]) continue;
    const role = (parts[1] ?? '').toLowerCase();
    const names = parts[2].replace(/\s+in\s+[\p{Lu}][\p{L} ]*$/u, '').trim();
    for (const name of names.split(/\s*,\s*|\s+and\s+|\s*&\s*/u)) {
      if (name.length > 1) people.push(name.trim());
    }
    const primary = !role.includes('additional') && (role.includes('reporting') || role.includes('writing') || role.includes('written'));
    if (author === null && primary) author = names;
  }
  return people.length > 0 ? { author, people } : null;
}
