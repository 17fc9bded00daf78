export { createBuilders, type DocumentBuilders, type InlineInput } from './builders.js';
export { isCalendarDate } from './calendar-date.js';
export { type DocumentJsonRead, type JsonProblem, readDocumentJson } from './document-json.js';
export {
  type Draft,
  type DraftFile,
  type DraftRead,
  draftFormat,
  draftFormatVersion,
  draftToJson,
  parseDraft,
  readDraft,
  stringifyDraft,
} from './draft-file.js';
export {
  type DraftMetadata,
  type DraftMetadataRead,
  draftMetadataSchema,
} from './draft-metadata.js';
export { crossReferenceText, inlineText } from './inline-text.js';
export { formatJsonPath } from './json-path.js';
export { type DocumentPhrases, documentPhrases } from './language-phrases.js';
export { itemLabel, letterFor, romanFor } from './number-formats.js';
export { type DocumentNumbering, type NumberedKind, type NumberLabel, numberDocument } from './numbering.js';
export { type PlainBlock, type PlainBlockKind, plainBlocks, toPlainText } from './plain-text.js';
export {
  addendumSchema,
  type DocumentPart,
  documentParts,
  type MarkName,
  markNames,
  type NodeName,
  nodeNames,
} from './schema.js';
export {
  type DocumentProblem,
  maxItemDepth,
  type ProblemCode,
  rememberingSymbolParses,
  type ValidateOptions,
  validate,
} from './validation.js';
