import { describe, expect, it } from 'vitest';
import { parseSymbol, type SymbolComponent } from '../src/index.js';

function components(input: string): string[] {
  const parsed = parseSymbol(input);
  if (!parsed.ok) throw new Error(`expected ${input} to parse: ${parsed.error.message}`);
  return parsed.symbol.components.map((c: SymbolComponent) => `${c.kind} ${c.text}`);
}

describe('parseSymbol', () => {
  it('splits a draft report addendum into organ, body, session, nature and suffix', () => {
    expect(components('E/CN.15/2019/L.1/Add.6')).toEqual([
      'organ E',
      'body CN.15',
      'session 2019',
      'nature L.1',
      'suffix Add.6',
    ]);
  });

  it('reads a Main Committee draft revision', () => {
    expect(components('A/C.3/74/L.1/Rev.1')).toEqual([
      'organ A',
      'body C.3',
      'session 74',
      'nature L.1',
      'suffix Rev.1',
    ]);
  });

  it('keeps the year of a Security Council resolution as a bracketed part', () => {
    expect(components('S/RES/2467(2019)')).toEqual([
      'organ S',
      'nature RES',
      'number 2467',
      'parenthetical (2019)',
    ]);
  });

  it('keeps a volume as a bracketed part after the number', () => {
    expect(components('A/69/49(Vol.III)')).toEqual([
      'organ A',
      'session 69',
      'number 49',
      'parenthetical (Vol.III)',
    ]);
  });

  it('accepts suffixes in any order and depth', () => {
    expect(components('E/CN.15/2019/7/Corr.1')).toContain('suffix Corr.1');
    expect(components('A/73/L.1/Rev.1/Add.2/Corr.1')).toEqual([
      'organ A',
      'session 73',
      'nature L.1',
      'suffix Rev.1',
      'suffix Add.2',
      'suffix Corr.1',
    ]);
    expect(components('A/HRC/40/3/Add.1/Summary')).toContain('suffix Summary');
    expect(components('TD/B/66/2/Amend.1')).toContain('suffix Amend.1');
  });

  it('reads series other than the principal organs', () => {
    expect(components('CTOC/COP/2018/1')).toEqual(['series CTOC', 'body COP', 'session 2018', 'number 1']);
    expect(components('CAC/COSP/2019/1')).toEqual(['series CAC', 'body COSP', 'session 2019', 'number 1']);
    expect(components('CRC/C/GC/25')).toEqual(['series CRC', 'body C', 'nature GC', 'number 25']);
    expect(components('TD/B/66/2')).toEqual(['series TD', 'body B', 'session 66', 'number 2']);
    expect(components('UNEP/EA.4/1')).toEqual(['series UNEP', 'body EA.4', 'number 1']);
  });

  it('reads the Secretariat, conferences, subsidiary bodies and record natures', () => {
    expect(components('ST/SGB/2019/8')).toEqual(['organ ST', 'body SGB', 'session 2019', 'number 8']);
    expect(components('A/CONF.234/16')).toEqual(['organ A', 'body CONF.234', 'number 16']);
    expect(components('A/AC.105/C.1/L.384')).toEqual(['organ A', 'body AC.105', 'body C.1', 'nature L.384']);
    expect(components('A/HRC/40/L.1')).toEqual(['organ A', 'body HRC', 'session 40', 'nature L.1']);
    expect(components('S/PV.8500')).toEqual(['organ S', 'nature PV.8500']);
    expect(components('A/C.3/73/SR.1')).toEqual(['organ A', 'body C.3', 'session 73', 'nature SR.1']);
    expect(components('E/CN.15/2019/CRP.1')).toEqual([
      'organ E',
      'body CN.15',
      'session 2019',
      'nature CRP.1',
    ]);
    expect(components('E/CN.15/2019/INF/1')).toEqual([
      'organ E',
      'body CN.15',
      'session 2019',
      'nature INF',
      'number 1',
    ]);
    expect(components('E/CN.6/2019/NGO/1')).toContain('nature NGO');
    expect(components('S/PRST/2019/1')).toEqual(['organ S', 'nature PRST', 'session 2019', 'number 1']);
  });

  it('reads special and emergency special sessions, the only place a hyphen may appear in one symbol', () => {
    expect(components('A/RES/S-26/2')).toEqual(['organ A', 'nature RES', 'session S-26', 'number 2']);
    expect(components('A/RES/ES-10/19')).toEqual(['organ A', 'nature RES', 'session ES-10', 'number 19']);
  });

  it('gives each component its range within the normal form', () => {
    const parsed = parseSymbol('E/CN.15/2019/7/Corr.1');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    for (const c of parsed.symbol.components) expect(parsed.symbol.text.slice(c.start, c.end)).toBe(c.text);
    expect(parsed.symbol.components.map((c) => [c.start, c.end])).toEqual([
      [0, 1],
      [2, 7],
      [8, 12],
      [13, 14],
      [15, 21],
    ]);
  });

  it('names the organ and the document a corrigendum or addendum amends', () => {
    const parsed = parseSymbol('E/CN.15/2019/7/Corr.1');
    expect(parsed.ok && parsed.symbol.organ).toBe('E');
    expect(parsed.ok && parsed.symbol.base).toBe('E/CN.15/2019/7');
    const plain = parseSymbol('S/RES/2467(2019)');
    expect(plain.ok && plain.symbol.base).toBe('S/RES/2467(2019)');
  });
});

describe('parseSymbol rejects what is not a symbol', () => {
  const cases: [string, string, number, string | undefined][] = [
    ['', 'Empty symbol at character 0', 0, undefined],
    ['E//CN.15', 'Empty component at character 2', 2, undefined],
    ['/A/73/1', 'Empty component at character 0', 0, undefined],
    ['A/73/1/', 'Empty component at character 7', 7, undefined],
    [' A/73/1', "Unexpected space in component ' A' at character 0", 0, ' A'],
    ['A/73/1 ', "Unexpected space in component '1 ' at character 6", 6, '1 '],
    ['A/ 73/1', "Unexpected space in component ' 73' at character 2", 2, ' 73'],
    ['A/73/1\n', "Unexpected line break in component '1\n' at character 6", 6, '1\n'],
    ['A/73/1\u00a0', "Unexpected whitespace (U+00A0) in component '1\u00a0' at character 6", 6, '1\u00a0'],
    ['A/73/1\u200b', "Unexpected character U+200B in component '1\u200b' at character 6", 6, '1\u200b'],
    [
      'javascript:alert(1)',
      "Not a symbol: 'javascript:' starts a URL at character 0",
      0,
      'javascript:alert(1)',
    ],
    ['http://undocs.org/en/A/73/1', "Not a symbol: 'http:' starts a URL at character 0", 0, 'http:'],
    [
      'A/73/1"onclick=',
      "Unexpected character '\"' in component '1\"onclick=' at character 6",
      6,
      '1"onclick=',
    ],
    ['A/73/<b>1</b>', "Unexpected character '<' in component '<b>1<' at character 5", 5, '<b>1<'],
    ['A/73/1?x', "Unexpected character '?' in component '1?x' at character 6", 6, '1?x'],
    ['A\\73\\1', "Unexpected character '\\' in component 'A\\73\\1' at character 1", 1, 'A\\73\\1'],
    ['E/CN.15/2019/add.1', "'add' must be written 'Add' in component 'add.1' at character 13", 13, 'add.1'],
    [
      'E/CN.15/2019/7/CORR.1',
      "'CORR' must be written 'Corr' in component 'CORR.1' at character 15",
      15,
      'CORR.1',
    ],
    ['A/73/L.1/rev.1', "'rev' must be written 'Rev' in component 'rev.1' at character 9", 9, 'rev.1'],
    [
      'A/73/1/summary',
      "'summary' must be written 'Summary' in component 'summary' at character 7",
      7,
      'summary',
    ],
    [
      'A/69/49(vol.III)',
      "'vol' must be written 'Vol' in component '49(vol.III)' at character 8",
      8,
      '49(vol.III)',
    ],
    [
      'A/69/49/Vol.III',
      "A volume is written in brackets after the number, as in 'A/69/49(Vol.III)' in component 'Vol.III' at character 8",
      8,
      'Vol.III',
    ],
    ['e/CN.15/2019/1', "Lower-case letter 'e' in component 'e' at character 0", 0, 'e'],
    ['E/cn.15/2019/1', "Lower-case letter 'c' in component 'cn.15' at character 2", 2, 'cn.15'],
    ['E/CN./2019/1', "Missing number after '.' in component 'CN.' at character 5", 5, 'CN.'],
    ['E/.15/2019/1', "Missing letters before '.' in component '.15' at character 2", 2, '.15'],
    [
      'E/CN15/2019/1',
      "Letters and digits must be separated by '.' (as in 'CN.15') in component 'CN15' at character 4",
      4,
      'CN15',
    ],
    ['E/CN.15.2/2019/1', "Unexpected '.' after 'CN.15' in component 'CN.15.2' at character 7", 7, 'CN.15.2'],
    ['E/CN.15/2019/Add.', "Missing number after 'Add.' in component 'Add.' at character 17", 17, 'Add.'],
    [
      'E/CN.15/2019/7/Add',
      "Missing '.' and number after 'Add' in component 'Add' at character 18",
      18,
      'Add',
    ],
    ['S/RES/2467(2019', "Unclosed '(' in component '2467(2019' at character 10", 10, '2467(2019'],
    ['S/RES/2467)', "Unexpected ')' without '(' in component '2467)' at character 10", 10, '2467)'],
    ['S/RES/2467()', "Empty brackets in component '2467()' at character 11", 11, '2467()'],
    [
      'S/RES/2467(2019)x',
      "Unexpected text after ')' in component '2467(2019)x' at character 16",
      16,
      '2467(2019)x',
    ],
    [
      'S/RES/(2019)',
      "A bracketed part must follow a component in component '(2019)' at character 6",
      6,
      '(2019)',
    ],
    ['S/RES/2467(20 19)', "Unexpected space in component '2467(20 19)' at character 13", 13, '2467(20 19)'],
    [
      'A/73/1-2',
      "Unexpected '-' (a hyphen belongs only in a special session such as 'S-26' or 'ES-10', or between the parts of a joint symbol) in component '1-2' at character 6",
      6,
      '1-2',
    ],
    ['A/2019a/1', "Unexpected 'a' after '2019' in component '2019a' at character 6", 6, '2019a'],
    ['A/RES/S-2x/2', "Unexpected 'x' after 'S-2' in component 'S-2x' at character 9", 9, 'S-2x'],
    ['A/RES/S-/2', "Missing session number after '-' in component 'S-' at character 8", 8, 'S-'],
    [
      'A/73/1\u20132',
      "Unexpected en dash '–' (allowed only between the parts of a joint symbol) in component '1–2' at character 6",
      6,
      '1–2',
    ],
    [
      '9/1',
      "A symbol must begin with an organ or series in upper-case letters (such as 'A', 'E', 'S', 'ST', 'UNEP'), not '9' at character 0",
      0,
      '9',
    ],
    [
      'E.1/2019/1',
      "A symbol must begin with an organ or series in upper-case letters (such as 'A', 'E', 'S', 'ST', 'UNEP'), not 'E.1' at character 0",
      0,
      'E.1',
    ],
    ['A', "Missing document number after 'A' at character 1", 1, undefined],
    ['E/CN.15', "Missing document number after 'CN.15' at character 7", 7, undefined],
    ['A/RES', "Missing document number after 'RES' at character 5", 5, undefined],
    [
      'E/CN.15/Add.1',
      "The suffix 'Add.1' must follow a document number, not 'CN.15' at character 8",
      8,
      'Add.1',
    ],
    [
      'A/73/L.1/Add.1/5',
      "Component '5' cannot follow the suffix 'Add.1'; suffixes come last at character 15",
      15,
      '5',
    ],
  ];

  it.each(cases)('rejects %j with its message and index', (input, message, index, component) => {
    const parsed = parseSymbol(input);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.message).toBe(message);
    expect(parsed.error.index).toBe(index);
    expect(parsed.error.component).toBe(component);
  });

  it('rejects a joint symbol, which only parseJointSymbol accepts', () => {
    const parsed = parseSymbol('E/CN.7/2019/2-E/CN.15/2019/2');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.index).toBe(13);
  });

  it('rejects full-width slashes and digits that look like a symbol', () => {
    const parsed = parseSymbol('E／CN.15／2019／1');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.index).toBe(1);
    const digits = parseSymbol('E/CN.15/２０１９/1');
    expect(digits.ok).toBe(false);
    if (!digits.ok)
      expect(digits.error.message).toBe("Unexpected character '２' in component '２０１９' at character 8");
  });
});
