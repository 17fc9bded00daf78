import { addendumSchema, type DocumentPart } from '@rapporteur/document';
import type { OfficialLanguage } from '@rapporteur/symbols';
import type { TemplateContainment } from '@rapporteur/templates';
import { collab } from 'prosemirror-collab';
import { history } from 'prosemirror-history';
import type { Node } from 'prosemirror-model';
import { EditorState, type Plugin } from 'prosemirror-state';
import { blockIdsPlugin, type IdSource } from './block-ids.js';
import { caretNeighbourhoodPlugin } from './caret-neighbourhood.js';
import { addendumInputRules } from './input-rules.js';
import { addendumKeymap } from './keymap.js';
import { numberingPlugin } from './numbering-plugin.js';
import { presencePlugin } from './presence-plugin.js';
import { readOnlyPartsPlugin } from './read-only-parts.js';
import { symbolPlugin } from './symbol-plugin.js';
import { type TemplateRefusal, templateLocksPlugin } from './template-locks.js';
import { type TemplateStructure, templateStructure } from './template-structure.js';

/** What an editor state for an addendum is made from. */
export interface AddendumStateOptions {
  /** The document, built with the shared `addendumSchema` (e.g. from the server's JSON). */
  readonly doc: Node;
  /** The document's language: cross-references read in it and symbols link to it. */
  readonly language: OfficialLanguage;
  /** Makes fresh block ids for new and pasted blocks. */
  readonly newId: IdSource;
  /** The parts marked ready in the lifecycle (read-only until reopened). */
  readonly readyParts?: Iterable<DocumentPart>;
  /**
   * Ids of the blocks the draft's template locks, as the server keeps them with the draft (none by
   * default); the structure the template locks enforce is built from them.
   */
  readonly lockedIds?: Iterable<string>;
  /**
   * The draft's template's containment rules (GET /api/templates/:name): where each kind of block
   * may go. None (a draft without a template): only the schema limits it.
   */
  readonly containment?: TemplateContainment | null;
  /**
   * The template's structure, when a caller has one already (it takes the place of `lockedIds` and
   * `containment`).
   */
  readonly structure?: TemplateStructure;
  /** Hears why the template refused an edit. */
  readonly onRefused?: (refusal: TemplateRefusal) => void;
  /**
   * Co-editing: the confirmed step version the document is at and this editor's client id (adds
   * prosemirror-collab and other people's carets).
   */
  readonly collab?: { readonly version: number; readonly clientId: string };
}

/**
 * The plugins of the addendum editor, in the order they must run: structure guards first (template
 * locks, read-only parts), then ids, numbering and symbols, input rules, keys and history.
 */
export function addendumPlugins(options: Omit<AddendumStateOptions, 'doc'> & { doc: Node }): Plugin[] {
  return [
    templateLocksPlugin(
      options.structure ??
        templateStructure(options.doc, options.lockedIds ?? [], options.containment ?? null),
      options.onRefused,
    ),
    readOnlyPartsPlugin(options.readyParts ?? []),
    blockIdsPlugin(options.newId),
    numberingPlugin(options.language),
    symbolPlugin(),
    caretNeighbourhoodPlugin(),
    addendumInputRules(),
    ...addendumKeymap(),
    ...(options.collab
      ? [collab({ version: options.collab.version, clientID: options.collab.clientId }), presencePlugin()]
      : []),
    history(),
  ];
}

/** A new editor state for an addendum with every plugin of the editor (headless: no view needed). */
export function createAddendumState(options: AddendumStateOptions): EditorState {
  return EditorState.create({ schema: addendumSchema, doc: options.doc, plugins: addendumPlugins(options) });
}
