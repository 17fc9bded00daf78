/** Whether a code point may appear in an XML 1.0 document (the Char production of the XML spec). */
const isXmlCharacter = (code: number): boolean =>
  code === 0x9 ||
  code === 0xa ||
  code === 0xd ||
  (code >= 0x20 && code <= 0xd7ff) ||
  (code >= 0xe000 && code <= 0xfffd) ||
  (code >= 0x10000 && code <= 0x10ffff);

/**
 * Text without the characters XML 1.0 cannot hold: C0 control characters other than tab, line feed
 * and carriage return, lone surrogates, U+FFFE and U+FFFF. A hostile or pasted control character
 * must never make an exported XML or Word file unreadable, so the XML-based formats drop them.
 */
export function withoutXmlIllegalCharacters(text: string): string {
  let out = '';
  for (const character of text) {
    if (isXmlCharacter(character.codePointAt(0)!)) out += character;
  }
  return out;
}
