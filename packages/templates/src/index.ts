export type { OfficialLanguage as OfficialLanguageCode } from '@rapporteur/symbols';
export {
  type CalendarDate,
  distinctSortedDates,
  groupDates,
  parseCalendarDate,
  type YearOfDates,
} from './calendar-date.js';
export { type Country, type CountryNames, type CountryStatus, countries } from './country-names.js';
export { lockedHeadingIds } from './heading-locks.js';
export {
  type InstantiatedDraft,
  type InstantiateOptions,
  type InstantiateResult,
  instantiate,
} from './instantiate.js';
export type { InputProblem } from './json-path.js';
export { arabicMeetingOrdinal, arabicRules } from './language-rules/arabic.js';
export { chineseRules } from './language-rules/chinese.js';
export { englishOrdinal, englishRules } from './language-rules/english.js';
export { frenchDay, frenchMeetingOrdinal, frenchOf, frenchRules } from './language-rules/french.js';
export type { CountCategory, LanguageRules, ListStyle, NameForms } from './language-rules/language-rules.js';
export { languageRules } from './language-rules/rules-by-language.js';
export { russianRules } from './language-rules/russian.js';
export { spanishContractions, spanishMeetingOrdinal, spanishRules } from './language-rules/spanish.js';
export { type MultilingualText, multilingualTextSchema } from './multilingual-text.js';
export { fillPhrase, type PhraseFill, type PhrasePart, parsePhrase, placeholdersOf } from './phrase-text.js';
export {
  dimensionOf,
  type PhraseValue,
  selectVariant,
  type VariantChoice,
  type VariantDimension,
  type VariantSelection,
  variantDimensions,
} from './phrase-variants.js';
export { normaliseRuns, type Run, runsText, type SymbolRun } from './runs.js';
export {
  type ActionFacts,
  type AgendaItemFacts,
  actionKinds,
  genderSchema,
  readSessionFacts,
  type SessionFacts,
  type SessionFactsRead,
  sessionFactsFormat,
  sessionFactsSchema,
  sessionFactsVersion,
} from './session-facts.js';
export { readTemplate, type Template, type TemplateFiles, type TemplateRead } from './template.js';
export { type TemplateBreach, templateBreach } from './template-breach.js';
export { type ConformanceProblem, checkTemplateConformance } from './template-conformance.js';
export {
  addedMisplacedBlock,
  type BlockKinds,
  misplacedBlocks,
  type SectionContainment,
  type TemplateContainment,
  templateContainment,
} from './template-containment.js';
export {
  placeholderNames,
  type TemplatePhrases,
  templatePhrasesFormat,
  templatePhrasesSchema,
} from './template-phrases.js';
export {
  type BlockSpec,
  type CollectionName,
  type ConditionSpec,
  collectionNames,
  type ItemsSpec,
  type SectionSpec,
  type SentenceSpec,
  structurePhraseKeys,
  type TemplateStructure,
  templateBlockKinds,
  templateStructureFormat,
  templateStructureSchema,
} from './template-structure.js';
