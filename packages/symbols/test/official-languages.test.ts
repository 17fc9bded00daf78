import { describe, expect, it } from 'vitest';
import { isOfficialLanguage, officialLanguages } from '../src/index.js';

describe('official languages', () => {
  it('lists the six languages in UN order', () => {
    expect(officialLanguages).toEqual(['ar', 'zh', 'en', 'fr', 'ru', 'es']);
  });

  it('recognises only the ISO 639-1 codes of the official languages', () => {
    for (const lang of officialLanguages) expect(isOfficialLanguage(lang)).toBe(true);
    for (const other of ['ch', 'de', 'EN', '', 'zh-CN']) expect(isOfficialLanguage(other)).toBe(false);
  });
});
