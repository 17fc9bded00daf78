import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHtmlAttribute, escapeHtmlText } from '../src/index.js';

/** Text with the characters HTML escaping is about mixed into ordinary and non-Latin text. */
const textWithSpecials = fc
  .array(fc.oneof(fc.constantFrom('&', '<', '>', '"', "'", 'amp;', '&lt;'), fc.string({ unit: 'grapheme' })))
  .map((parts) => parts.join(''));

describe('HTML escaping', () => {
  it('replaces exactly &, < and > in text, and returns text without them as it is', () => {
    fc.assert(
      fc.property(textWithSpecials, (text) => {
        const expected = text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
        expect(escapeHtmlText(text)).toBe(expected);
      }),
    );
  });

  it('replaces &, <, > and both quotes in attribute values', () => {
    fc.assert(
      fc.property(textWithSpecials, (text) => {
        const expected = text
          .replaceAll('&', '&amp;')
          .replaceAll('<', '&lt;')
          .replaceAll('>', '&gt;')
          .replaceAll('"', '&quot;')
          .replaceAll("'", '&#39;');
        expect(escapeHtmlAttribute(text)).toBe(expected);
      }),
    );
  });
});
