import { describe, expect, it } from 'vitest';
import { compareVersions, identifiedBlocks } from '../server/version-diff';
import { diffWords } from '../server/word-diff';

const joined = (changes: ReturnType<typeof diffWords>, keep: 'before' | 'after') =>
  changes
    .filter((c) => c.op === 'same' || c.op === (keep === 'before' ? 'removed' : 'added'))
    .map((c) => c.text)
    .join('');

describe('word-level comparison', () => {
  it('marks the words added and removed in an English sentence', () => {
    const changes = diffWords(
      'The Commission considered agenda item 6 at its 6th meeting.',
      'The Commission considered agenda item 6 at its 6th and 7th meetings.',
      'en',
    );
    expect(changes).toContainEqual({ op: 'removed', text: 'meeting' });
    expect(
      changes
        .filter((c) => c.op === 'added')
        .map((c) => c.text)
        .join(''),
    ).toContain('7th');
  });

  it('splits Chinese into words rather than whole sentences', () => {
    const changes = diffWords('委员会收到了下列文件：', '委员会收到了下列两份文件：', 'zh');
    expect(changes).toEqual([
      { op: 'same', text: '委员会收到了下列' },
      { op: 'added', text: '两份' },
      { op: 'same', text: '文件：' },
    ]);
  });

  it('gives back both texts from its runs', () => {
    const before = 'Statements were made by the representatives of Algeria, Japan and Thailand.';
    const after = 'Statements were made by the representatives of Japan, Thailand and the United States.';
    const changes = diffWords(before, after, 'en');
    expect(joined(changes, 'before')).toBe(before);
    expect(joined(changes, 'after')).toBe(after);
  });
});

describe('comparison by paragraph id', () => {
  const doc = (...paragraphs: Array<[string, string]>) => ({
    type: 'doc',
    content: paragraphs.map(([id, text]) => ({
      type: 'paragraph',
      attrs: { id },
      content: [{ type: 'text', text }],
    })),
  });

  it('does not report a moved paragraph as changed', () => {
    const result = compareVersions(
      doc(['a', 'One.'], ['b', 'Two.']),
      doc(['b', 'Two.'], ['a', 'One.']),
      'en',
    );
    expect(result).toEqual({ changes: [], unchanged: 2 });
  });

  it('reads the own text of items, quotes and section headings', () => {
    const blocks = identifiedBlocks({
      type: 'doc',
      content: [
        {
          type: 'section',
          attrs: { id: 's' },
          content: [{ type: 'section_heading', content: [{ type: 'text', text: 'A. 审议情况' }] }],
        },
        {
          type: 'item_list',
          attrs: { id: 'l' },
          content: [
            {
              type: 'item',
              attrs: { id: 'i' },
              content: [
                {
                  type: 'item_text',
                  content: [
                    { type: 'text', text: '秘书长的报告（' },
                    { type: 'symbol', attrs: { symbol: 'E/CN.15/2019/4' } },
                    { type: 'text', text: '）' },
                  ],
                },
              ],
            },
          ],
        },
      ],
    });
    expect(blocks).toEqual([
      { id: 's', kind: 'section', text: 'A. 审议情况' },
      { id: 'i', kind: 'item', text: '秘书长的报告（E/CN.15/2019/4）' },
    ]);
  });
});
