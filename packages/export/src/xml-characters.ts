/**
 * The characters XML 1.0 cannot hold (outside its Char production): C0 controls other than tab,
 * line feed and carriage return, lone surrogates (the `u` flag reads pairs as one code point),
 * U+FFFE and U+FFFF.
 */
const xmlIllegalCharacters = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

/**
 * Text without the characters XML 1.0 cannot hold: C0 control characters other than tab, line feed
 * and carriage return, lone surrogates, U+FFFE and U+FFFF. A hostile or pasted control character
 * must never make an exported XML or Word file unreadable, so the XML-based formats drop them.
 */
export function withoutXmlIllegalCharacters(text: string): string {
  return text.replace(xmlIllegalCharacters, '');
}
