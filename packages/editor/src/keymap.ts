import { addendumSchema } from '@rapporteur/document';
import { baseKeymap, chainCommands, toggleMark } from 'prosemirror-commands';
import { redo, undo } from 'prosemirror-history';
import { undoInputRule } from 'prosemirror-inputrules';
import { keymap } from 'prosemirror-keymap';
import type { Command, Plugin } from 'prosemirror-state';
import {
  insertParagraphBefore,
  insertSubsection,
  paragraphAfterHeading,
  setParagraphNumbered,
  toSubheading,
} from './block-commands.js';
import { liftItem, paragraphToItem, sinkItem, splitItem } from './item-commands.js';

/** Whether the cursor is in an item, so Tab stays in the editor there even when it cannot act. */
const inItem: Command = (state) => state.selection.$from.parent.type === addendumSchema.nodes.item_text;

/**
 * The drafting shortcuts, listed for the toolbar's tooltips. Mod is Ctrl (Cmd on a Mac).
 */
export const shortcuts = {
  numberedParagraph: 'Mod-Alt-1',
  unnumberedParagraph: 'Mod-Alt-0',
  items: 'Mod-Alt-8',
  subheading: 'Mod-Alt-2',
  subsection: 'Mod-Alt-3',
  emphasis: 'Mod-i',
  strong: 'Mod-b',
  undo: 'Mod-z',
  redo: 'Mod-Shift-z',
  sinkItem: 'Tab',
  liftItem: 'Shift-Tab',
} as const;

/**
 * The editor's keys: Tab / Shift-Tab move items a level down or up, Enter splits items and ends
 * lists, the paragraph and heading shortcuts of {@link shortcuts}, emphasis, undo and redo
 * (Backspace right after an automatic conversion undoes it), then ProseMirror's base keymap.
 */
export function addendumKeymap(): Plugin[] {
  const { em, strong } = addendumSchema.marks;
  return [
    keymap({
      [shortcuts.sinkItem]: chainCommands(sinkItem, inItem),
      [shortcuts.liftItem]: chainCommands(liftItem, inItem),
      Enter: chainCommands(splitItem, paragraphAfterHeading, insertParagraphBefore),
      Backspace: undoInputRule,
      [shortcuts.numberedParagraph]: setParagraphNumbered(true),
      [shortcuts.unnumberedParagraph]: setParagraphNumbered(false),
      [shortcuts.items]: paragraphToItem,
      [shortcuts.subheading]: toSubheading,
      [shortcuts.subsection]: insertSubsection,
      [shortcuts.emphasis]: toggleMark(em),
      [shortcuts.strong]: toggleMark(strong),
      [shortcuts.undo]: undo,
      [shortcuts.redo]: redo,
      'Mod-y': redo,
    }),
    keymap(baseKeymap),
  ];
}
