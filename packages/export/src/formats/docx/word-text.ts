import { escapeXmlAttribute } from '../../xml-escape.js';

/**
 * Text as a Word run holds it, escaped for the XML of the part: characters XML forbids are dropped,
 * line breaks and tabs become spaces (a textblock is one Word paragraph; a hostile or pasted
 * control character must never make the file unreadable), and `&`, `<`, `>` and quotes become
 * entities, so drafted text such as `<w:t>` stays text.
 */
export function wordText(text: string): string {
  return escapeXmlAttribute(text.replace(/[\t\r\n]/g, ' '));
}
