import { createBuilders } from '@rapporteur/document';
import { Slice } from 'prosemirror-model';
import { TextSelection } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import { linkSymbolsInSlice, symbolOnTyping, symbolsKey } from '../src/index.js';
import { posOf, stateFor } from './fixtures.js';

const b = createBuilders('y');

function typed(text: string) {
  let state = stateFor(b.doc(b.title('t'), b.paragraph('x')));
  const pos = posOf(state.doc, 'x');
  const emptied = state.tr.delete(pos, pos + 1);
  state = state.apply(emptied.setSelection(TextSelection.create(emptied.doc, pos)));
  for (const character of text) {
    const { from } = state.selection;
    state = state.apply(symbolOnTyping(state, from, from, character) ?? state.tr.insertText(character));
  }
  return state;
}

function inlineOf(state: ReturnType<typeof stateFor>) {
  const paragraph = state.doc.child(1);
  const parts: string[] = [];
  paragraph.forEach((node) => {
    parts.push(node.isText ? node.text! : `[${node.type.name}:${node.attrs.symbol}]`);
  });
  return parts;
}

describe('symbols', () => {
  it('turns a valid symbol into a symbol node when a space is typed after it', () => {
    expect(inlineOf(typed('see E/CN.15/2019/8 and'))).toEqual(['see ', '[symbol:E/CN.15/2019/8]', ' and']);
  });

  it('turns a symbol followed by a full stop and a space into a symbol node', () => {
    expect(inlineOf(typed('in E/CN.15/2019/7/Corr.1. Then'))).toEqual([
      'in ',
      '[symbol:E/CN.15/2019/7/Corr.1]',
      '. Then',
    ]);
  });

  it('makes one node of a joint symbol typed with a hyphen', () => {
    expect(inlineOf(typed('E/CN.7/2019/2-E/CN.15/2019/2 '))).toEqual([
      '[symbol:E/CN.7/2019/2-E/CN.15/2019/2]',
      ' ',
    ]);
  });

  it('leaves an invalid symbol as text and flags it with the parser message', () => {
    const state = typed('see E//CN.15 ');
    expect(inlineOf(state)).toEqual(['see E//CN.15 ']);
    const flags = symbolsKey.getState(state)!.find();
    expect(flags).toHaveLength(1);
    expect(state.doc.textBetween(flags[0]!.from, flags[0]!.to)).toBe('E//CN.15');
    expect(flags[0]!.spec.symbolError).toMatch(/at character \d+$/);
  });

  it('clears the flag once the text is corrected', () => {
    let state = typed('see E//CN.15/2019/8 ');
    expect(symbolsKey.getState(state)!.find()).toHaveLength(1);
    const slash = posOf(state.doc, '//', 1);
    state = state.apply(state.tr.delete(slash, slash + 1));
    expect(symbolsKey.getState(state)!.find()).toHaveLength(0);
  });

  it('links the symbols of pasted text and keeps the rest as text', () => {
    const pasted = new Slice(b.paragraph('see E/CN.15/2019/8 and E//CN.15').content, 0, 0);
    const parts: string[] = [];
    linkSymbolsInSlice(pasted).content.forEach((node) => {
      parts.push(node.isText ? node.text! : `[${node.attrs.symbol}]`);
    });
    expect(parts).toEqual(['see ', '[E/CN.15/2019/8]', ' and E//CN.15']);
  });

  it('flags the invalid symbols already in a document when it opens', () => {
    const state = stateFor(
      b.doc(b.title('t'), b.paragraph('A/RES/70/1 and E/CN.15/2019/add.1'), b.paragraph(b.symbol('E//X/1'))),
    );
    const messages = symbolsKey
      .getState(state)!
      .find()
      .map((flag) => state.doc.textBetween(flag.from, flag.to, '', '¤'));
    expect(messages).toEqual(['E/CN.15/2019/add.1', '¤']);
  });
});
