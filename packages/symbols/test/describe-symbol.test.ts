import { describe, expect, it } from 'vitest';
import { describeSymbol, undocsZhLinkConfig } from '../src/index.js';

describe('describeSymbol', () => {
  it('describes a joint symbol with its parts, components and links', () => {
    const description = describeSymbol('E/CN.7/2019/2-E/CN.15/2019/2', 'zh');
    expect(description).toEqual({
      valid: true,
      symbol: 'E/CN.7/2019/2-E/CN.15/2019/2',
      parts: [
        {
          symbol: 'E/CN.7/2019/2',
          components: [
            { kind: 'organ', text: 'E', start: 0, end: 1 },
            { kind: 'body', text: 'CN.7', start: 2, end: 6 },
            { kind: 'session', text: '2019', start: 7, end: 11 },
            { kind: 'number', text: '2', start: 12, end: 13 },
          ],
        },
        {
          symbol: 'E/CN.15/2019/2',
          components: [
            { kind: 'organ', text: 'E', start: 0, end: 1 },
            { kind: 'body', text: 'CN.15', start: 2, end: 7 },
            { kind: 'session', text: '2019', start: 8, end: 12 },
            { kind: 'number', text: '2', start: 13, end: 14 },
          ],
        },
      ],
      links: ['http://undocs.org/ch/E/CN.7/2019/2', 'http://undocs.org/ch/E/CN.15/2019/2'],
    });
  });

  it('uses the link configuration it is given', () => {
    const description = describeSymbol('A/RES/70/1', 'zh', undocsZhLinkConfig);
    expect(description.valid && description.links).toEqual(['https://undocs.org/zh/A/RES/70/1']);
  });

  it('reports an invalid symbol with the parser’s message, index and component', () => {
    expect(describeSymbol('E/CN.15/2019/add.1', 'en')).toEqual({
      valid: false,
      error: {
        message: "'add' must be written 'Add' in component 'add.1' at character 13",
        index: 13,
        component: 'add.1',
      },
    });
    expect(describeSymbol('E//CN.15', 'en')).toEqual({
      valid: false,
      error: { message: 'Empty component at character 2', index: 2 },
    });
  });
});
