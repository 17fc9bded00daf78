import { withoutXmlIllegalCharacters } from './xml-characters.js';

const textEntities: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const attributeEntities: Readonly<Record<string, string>> = {
  ...textEntities,
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/**
 * Text made safe to place between XML tags: characters XML cannot hold are dropped and `&`, `<`,
 * `>` become entities, so drafted text such as `<num>` is kept as written and never becomes markup.
 */
export function escapeXmlText(text: string): string {
  return withoutXmlIllegalCharacters(text).replace(/[&<>]/g, (character) => textEntities[character]!);
}

/**
 * Text made safe to place inside a quoted XML attribute value: as for text, and quotes and
 * whitespace controls become character references so the value survives attribute normalisation.
 */
export function escapeXmlAttribute(text: string): string {
  return withoutXmlIllegalCharacters(text).replace(
    /[&<>"'\t\n\r]/g,
    (character) => attributeEntities[character]!,
  );
}
