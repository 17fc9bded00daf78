import { describe, expect, it } from 'vitest';
import { parseJointSymbol } from '../src/index.js';

function normal(input: string): string {
  const parsed = parseJointSymbol(input);
  if (!parsed.ok) throw new Error(`expected ${JSON.stringify(input)} to parse: ${parsed.error.message}`);
  return parsed.symbol.text;
}

describe('parseJointSymbol', () => {
  it('reads the two symbols of one document joined by a hyphen', () => {
    const parsed = parseJointSymbol('E/CN.7/2019/2-E/CN.15/2019/2');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.symbol.text).toBe('E/CN.7/2019/2-E/CN.15/2019/2');
    expect(parsed.symbol.parts.map((p) => p.text)).toEqual(['E/CN.7/2019/2', 'E/CN.15/2019/2']);
    expect(parsed.symbol.parts[1]!.components.map((c) => c.kind)).toEqual([
      'organ',
      'body',
      'session',
      'number',
    ]);
  });

  it('normalises an en dash, a line break and a dash wrapped onto the next line to a hyphen', () => {
    expect(normal('E/CN.7/2019/2\u2013E/CN.15/2019/2')).toBe('E/CN.7/2019/2-E/CN.15/2019/2');
    expect(normal('E/CN.7/2019/2\nE/CN.15/2019/2')).toBe('E/CN.7/2019/2-E/CN.15/2019/2');
    expect(normal('E/CN.7/2019/2\r\nE/CN.15/2019/2')).toBe('E/CN.7/2019/2-E/CN.15/2019/2');
    expect(normal('E/CN.7/2019/2-\n\nE/CN.15/2019/2')).toBe('E/CN.7/2019/2-E/CN.15/2019/2');
    expect(normal('E/CN.7/2019/2 \n E/CN.15/2019/2')).toBe('E/CN.7/2019/2-E/CN.15/2019/2');
  });

  it('joins more than two parts and parts of different organs', () => {
    expect(normal('A/55/305-S/2000/809')).toBe('A/55/305-S/2000/809');
    expect(
      parseJointSymbol('A/73/1-A/73/2-A/73/3').ok && normal('A/73/1-A/73/2-A/73/3').split('-'),
    ).toHaveLength(3);
  });

  it('treats a single symbol as a joint symbol of one part', () => {
    const parsed = parseJointSymbol('S/RES/2467(2019)');
    expect(parsed.ok && parsed.symbol.parts.map((p) => p.text)).toEqual(['S/RES/2467(2019)']);
  });

  it('keeps the hyphen of a special session inside its part', () => {
    const parsed = parseJointSymbol('A/RES/ES-10/19-A/RES/S-26/2');
    expect(parsed.ok && parsed.symbol.parts.map((p) => p.text)).toEqual(['A/RES/ES-10/19', 'A/RES/S-26/2']);
  });

  it.each([
    ['-E/CN.15/2019/2', 'A joint symbol cannot start with a separator at character 0', 0],
    ['E/CN.7/2019/2-', 'A joint symbol cannot end with a separator at character 14', 14],
    ['E/CN.7/2019/2--E/CN.15/2019/2', 'Two separators without a symbol between them at character 14', 14],
    ['E/CN.7/2019/2 - E/CN.15/2019/2', "Unexpected space in component '2 ' at character 13", 13],
    ['E/CN.7/2019/2-E//CN.15/2019/2', 'Empty component at character 16', 16],
    [
      'E/CN.7/2019/2-E/CN.15/2019/add.2',
      "'add' must be written 'Add' in component 'add.2' at character 27",
      27,
    ],
    ['', 'Empty symbol at character 0', 0],
  ])('rejects %j with the index in the whole input', (input, message, index) => {
    const parsed = parseJointSymbol(input);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.message).toBe(message);
    expect(parsed.error.index).toBe(index);
  });
});
