export { AddendumEditor, type AddendumEditorProps, type SessionDocument } from './addendum-editor.js';
export { type AddendumViewOptions, createAddendumView, directionOf } from './addendum-view.js';
export {
  insertCrossReference,
  insertParagraphBefore,
  insertSubsection,
  insertSymbol,
  paragraphAfterHeading,
  setParagraphNumbered,
  toSubheading,
} from './block-commands.js';
export { blockIdsPlugin, hasBlockId, type IdSource, withFreshIds } from './block-ids.js';
export { sliceText, stripNumbersFromSlice, stripNumbersFromText } from './clipboard-text.js';
export {
  CollabClient,
  type CollabClientOptions,
  type CollabHost,
  type CollabStatus,
  type LostEdits,
} from './collab-client.js';
export { type KeptSteps, KeptStepsStore, type KeyValueStorage } from './collab-kept.js';
export { claimKeptSteps, type EditorLocks, holdEditorLock } from './collab-locks.js';
export type {
  AcceptedStep,
  CollabServer,
  CollabStart,
  CollabStreamHandlers,
  PresencePerson,
  PresenceSelection,
  SendStepsOutcome,
  StepBatch,
} from './collab-protocol.js';
export { type CollabStartPlan, type KeptMerge, planCollabStart } from './collab-restore.js';
export { CollabSession, type CollabSessionOptions } from './collab-session.js';
export {
  isCollabSync,
  keptEditsMeta,
  replaceDocumentTransaction,
  restoreTransaction,
  unsentText,
} from './collab-sync.js';
export { partAt, partOfBlock, partsInRange } from './document-parts.js';
export {
  clipboardParser,
  clipboardSerializer,
  type RenderContext,
  renderNode,
  symbolHref,
} from './dom-specs.js';
export { editorCss } from './editor-css.js';
export { type AddendumStateOptions, addendumPlugins, createAddendumState } from './editor-state.js';
export { addendumInputRules, itemRule, numberedRule } from './input-rules.js';
export { liftItem, paragraphToItem, paragraphToItemIn, sinkItem, splitItem } from './item-commands.js';
export { addendumKeymap, shortcuts } from './keymap.js';
export { type DocumentMerge, type MergeChoice, type MergeConflict, mergeDocuments } from './merge.js';
export { type Conflict, MergeView, type MergeViewProps } from './merge-view.js';
export { currentNumbering, type NumberingState, numberingKey, numberingPlugin } from './numbering-plugin.js';
export { personColour, personHue } from './presence-colour.js';
export {
  presenceKey,
  presencePlugin,
  type RemoteCaret,
  remoteCarets,
  setRemoteCarets,
} from './presence-plugin.js';
export { type CaretMapping, caretsFromPeople, selectionAtConfirmed } from './presence-positions.js';
export { PresenceSender, type PresenceSenderOptions } from './presence-sender.js';
export {
  readOnlyPartsKey,
  readOnlyPartsPlugin,
  readyParts,
  setReadyParts,
  touchedParts,
} from './read-only-parts.js';
export { changesStructure } from './structural-change.js';
export { symbolOnTyping, symbolPlugin, symbolsKey } from './symbol-plugin.js';
export { linkSymbolsInSlice, linkSymbolsInText } from './symbol-text.js';
export {
  type TemplateRefusal,
  templateLocksKey,
  templateLocksPlugin,
  templateRefusal,
} from './template-locks.js';
export { type TemplateStructure, templateStructure } from './template-structure.js';
export type { Timers } from './timers.js';
