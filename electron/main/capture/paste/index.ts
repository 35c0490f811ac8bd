/**
 * Capture from pasted text: {@link parsePaste} finds the article's fields in what a browser
 * copied; {@link capturePastedText} adds language, entities and quotes.
 */
export { parsePaste } from './parse';
export { capturePastedText } from './capture';
