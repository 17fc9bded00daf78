/**
 * Real inputs for store tests, taken from the seed addendum (E/CN.15/2019/L.1/Add.6, agenda item 6
 * of the Commission on Crime Prevention and Criminal Justice, twenty-eighth session, in Chinese).
 * Documents are ProseMirror-shaped JSON; the store keeps them without interpreting them.
 */

/** A paragraph node with a stable id, as the document package writes it. */
function paragraph(id: string, text: string) {
  return { type: 'paragraph', attrs: { id }, content: [{ type: 'text', text }] };
}

/** The opening of the seed addendum as a document, optionally with extra paragraphs after it. */
export function seedDocument(...extra: string[]) {
  return {
    type: 'doc',
    content: [
      paragraph(
        'p-meetings',
        '在 2019 年 5 月 22 日和 23 日第 6 和第 7 次会议上，预防犯罪和刑事司法委员会审议了议程项目 6，其内容如下：',
      ),
      paragraph('p-documents', '为审议项目 6，委员会收到了下列文件：'),
      ...extra.map((text, i) => paragraph(`p-extra-${i + 1}`, text)),
    ],
  };
}

/** A lifecycle envelope `{machine, version, snapshot}` in a given state. */
export function lifecycleEnvelope(state: unknown) {
  return {
    machine: 'addendum',
    version: 1,
    snapshot: { value: state, context: { route: ['section-chief', 'editor'] } },
  };
}

/** The facts of the Commission on Crime Prevention and Criminal Justice. */
export const commissionFacts = {
  symbolStem: 'E/CN.15',
  names: { en: 'Commission on Crime Prevention and Criminal Justice', zh: '预防犯罪和刑事司法委员会' },
};

/** The facts of its twenty-eighth session (2019). */
export const twentyEighthSessionFacts = {
  year: 2019,
  reportSymbol: 'E/CN.15/2019/L.1',
  agenda: [
    {
      item: '6',
      title: {
        zh: '统一并协调联合国毒品和犯罪问题办公室与会员国在预防犯罪和刑事司法领域的工作',
      },
    },
  ],
  documents: ['E/CN.7/2019/2-E/CN.15/2019/2', 'E/CN.15/2019/4', 'E/CN.15/2019/7/Corr.1'],
};

/** A new draft of the item 6 addendum in Chinese, created by a drafter. */
export function newAddendumDraft(actor = 'drafter-1') {
  return {
    symbol: 'E/CN.15/2019/L.1/Add.6',
    language: 'zh',
    title: '增编：议程项目 6',
    metadata: { distribution: 'Limited', date: '2019-05-23', originalLanguage: 'en' },
    document: seedDocument(),
    lifecycle: lifecycleEnvelope({ drafting: { deliberations: 'editing', actionTaken: 'editing' } }),
    actor,
  };
}
