import { describe, expect, it } from 'vitest';
import { countries } from '../src/index.js';

describe('the country data', () => {
  it('holds the 193 Member States and the two observer States, keyed by ISO alpha-3 code', () => {
    const statuses = [...countries.values()].map((c) => c.status);
    expect(statuses.filter((s) => s === 'member')).toHaveLength(193);
    expect([...countries.entries()].filter(([, c]) => c.status === 'observer').map(([code]) => code)).toEqual(
      ['VAT', 'PSE'],
    );
    for (const code of countries.keys()) expect(code).toMatch(/^[A-Z]{3}$/);
  });

  it('names every State in all six languages, without stray spaces', () => {
    for (const [code, { names }] of countries) {
      for (const name of Object.values(names)) {
        expect(name, code).toBe(name.trim());
        expect(name.length, code).toBeGreaterThan(1);
      }
    }
  });

  it("gives the seed's States exactly as the seed writes them in Chinese", () => {
    const zh = (code: string) => countries.get(code)?.names.zh;
    expect(['USA', 'IRN', 'VEN', 'VNM', 'SDN', 'SAU', 'IDN', 'AZE'].map(zh)).toEqual([
      '美国',
      '伊朗伊斯兰共和国',
      '委内瑞拉玻利瓦尔共和国',
      '越南',
      '苏丹',
      '沙特阿拉伯',
      '印度尼西亚',
      '阿塞拜疆',
    ]);
  });

  it('uses the UN English forms with their articles', () => {
    const en = (code: string) => countries.get(code)?.names.en;
    expect(['IRN', 'VEN', 'SDN', 'VNM', 'USA', 'NER', 'NLD', 'GBR', 'VAT'].map(en)).toEqual([
      'Iran (Islamic Republic of)',
      'Venezuela (Bolivarian Republic of)',
      'the Sudan',
      'Viet Nam',
      'the United States',
      'the Niger',
      'the Netherlands (Kingdom of the)',
      'the United Kingdom of Great Britain and Northern Ireland',
      'the Holy See',
    ]);
  });

  it('has one distinct name per State in each language', () => {
    for (const lang of ['ar', 'zh', 'en', 'es', 'fr', 'ru', 'ruGenitive'] as const) {
      const names = [...countries.values()].map((c) => c.names[lang]);
      expect(new Set(names).size, lang).toBe(names.length);
    }
  });
});

describe('Arabic names in running text', () => {
  it('use the running-text form, not the inverted form of alphabetical lists', () => {
    const ar = (code: string) => countries.get(code)?.names.ar;
    expect(['IRN', 'VEN', 'BOL', 'FSM', 'NLD'].map(ar)).toEqual([
      'جمهورية إيران الإسلامية',
      'جمهورية فنزويلا البوليفارية',
      'دولة بوليفيا المتعددة القوميات',
      'ولايات ميكرونيزيا الموحدة',
      'مملكة هولندا',
    ]);
    for (const [code, { names }] of countries) expect(names.ar, code).not.toMatch(/[()]/);
  });
});
