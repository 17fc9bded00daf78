const textEntities: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const attributeEntities: Readonly<Record<string, string>> = { ...textEntities, '"': '&quot;', "'": '&#39;' };
// One pattern and one replacer for every call (a large export escapes thousands of texts).
const textSpecials = /[&<>]/g;
const attributeSpecials = /[&<>"']/g;
const textEntity = (character: string): string => textEntities[character]!;
const attributeEntity = (character: string): string => attributeEntities[character]!;

/**
 * Text made safe to place between HTML tags: `&`, `<` and `>` become entities, so drafted text
 * such as `<script>` is shown as written and never becomes markup.
 */
export function escapeHtmlText(text: string): string {
  // Most drafted text has none of them: looking for each is cheaper than a replacement pass.
  return text.indexOf('&') === -1 && text.indexOf('<') === -1 && text.indexOf('>') === -1
    ? text
    : text.replace(textSpecials, textEntity);
}

/**
 * Text made safe to place inside a quoted HTML attribute value (either quote style): quotes are
 * escaped as well as `&`, `<` and `>`, so a hostile symbol or title cannot close the attribute.
 */
export function escapeHtmlAttribute(text: string): string {
  return text.replace(attributeSpecials, attributeEntity);
}
