import { withoutXmlIllegalCharacters } from '../../xml-characters.js';

/**
 * Text as Word can hold it: characters XML forbids are dropped and line breaks and tabs become
 * spaces (a textblock is one Word paragraph; a hostile or pasted control character must never make
 * the file unreadable). The docx package escapes `<`, `&` and quotes itself.
 */
export function wordText(text: string): string {
  return withoutXmlIllegalCharacters(text).replace(/[\t\r\n]/g, ' ');
}
