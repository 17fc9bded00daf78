import { validate } from '@rapporteur/document';
import type { Node } from 'prosemirror-model';
import { describe, expect, it } from 'vitest';
import {
  checkTemplateConformance,
  instantiate,
  type OfficialLanguageCode,
  readSessionFacts,
} from '../src/index.js';
import { addendumTemplate, counterIds, seedFactsJson } from './files.js';

// biome-ignore lint/suspicious/noExplicitAny: tests edit parsed JSON fixtures freely
type Json = Record<string, any>;

/** The seed's facts with item 6 changed by `change`, read and checked. */
function factsWith(change: (item: Json, facts: Json) => void) {
  const json = seedFactsJson() as Json;
  change(json.agenda[0], json);
  const read = readSessionFacts(json);
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  return read.facts;
}

function generate(change: (item: Json, facts: Json) => void, lang: OfficialLanguageCode = 'en') {
  const result = instantiate(addendumTemplate(), factsWith(change), { item: 6, lang, ids: counterIds() });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result;
}

/** The text of every textblock of a document, symbols as their symbol. */
function textblocks(doc: Node): Array<{ type: string; text: string }> {
  const out: Array<{ type: string; text: string }> = [];
  doc.descendants((node) => {
    if (!node.isTextblock) return true;
    let text = '';
    node.forEach((child) => {
      text += child.isText ? child.text : String(child.attrs.symbol);
    });
    out.push({ type: node.type.name, text });
    return false;
  });
  return out;
}

const paragraphs = (doc: Node) =>
  textblocks(doc)
    .filter((b) => b.type === 'paragraph')
    .map((b) => b.text);

describe('sub-items', () => {
  it('quotes the sub-items and gives each a sub-heading under Deliberations', () => {
    const { draft } = generate(() => {});
    const blocks = textblocks(draft.doc);
    expect(blocks.filter((b) => b.type === 'subsection_heading')).toHaveLength(5);
  });

  it('quotes an item without sub-items on one line, closed, with no sub-headings', () => {
    const { draft } = generate((item) => {
      item.subItems = [];
    });
    const blocks = textblocks(draft.doc);
    expect(blocks.find((b) => b.type === 'quote_text')?.text).toBe(
      '“6. Integration and coordination of efforts by the United Nations Office on Drugs and Crime and by Member States in the field of crime prevention and criminal justice.”',
    );
    expect(blocks.filter((b) => b.type === 'subsection_heading')).toEqual([]);
    expect(validate(draft.doc)).toEqual([]);
  });
});

describe('meetings', () => {
  it('speaks of one meeting in the singular', () => {
    const { draft } = generate((item) => {
      item.meetings = [7];
    });
    expect(paragraphs(draft.doc)[0]).toBe(
      'At its 7th meeting, on 23 May 2019, the Commission considered agenda item 6, which read as follows:',
    );
  });

  it('speaks of one meeting in Chinese, French, Russian and Arabic with their own forms', () => {
    const first = (lang: OfficialLanguageCode) =>
      paragraphs(
        generate((item) => {
          item.meetings = [7];
        }, lang).draft.doc,
      )[0];
    expect(first('zh')).toBe(
      '在2019年5月23日第7次会议上，预防犯罪和刑事司法委员会审议了议程项目6，其内容如下：',
    );
    expect(first('fr')).toBe(
      'À sa 7e séance, le 23 mai 2019, la Commission a examiné le point 6 de l’ordre du jour, qui était libellé comme suit\u00a0:'.replace(
        '’',
        "'",
      ),
    );
    expect(first('ru')).toBe(
      'На своем 7-м заседании 23 мая 2019 года Комиссия рассмотрела пункт 6 повестки дня, который гласил следующее:',
    );
    expect(first('ar')).toBe(
      'نظرت اللجنة، في جلستها السابعة المعقودة في 23 أيار/مايو 2019، في البند 6 من جدول الأعمال، الذي كان نصه كما يلي:',
    );
  });

  it('speaks of two meetings in the Arabic dual and of three in the plural', () => {
    const first = (meetings: number[]) =>
      paragraphs(
        generate((item, facts) => {
          facts.meetings.push({ number: 8, date: '2019-05-24' });
          item.meetings = meetings;
        }, 'ar').draft.doc,
      )[0];
    expect(first([6, 7])).toContain('في جلستيها السادسة والسابعة المعقودتين في 22 و23 أيار/مايو 2019');
    expect(first([6, 7, 8])).toContain(
      'في جلساتها السادسة والسابعة والثامنة المعقودة في 22 و23 و24 أيار/مايو 2019',
    );
  });

  it('names a day once when two meetings fall on it', () => {
    const { draft } = generate((_item, facts) => {
      facts.meetings[1].date = '2019-05-22';
    });
    expect(paragraphs(draft.doc)[0]).toContain('At its 6th and 7th meetings, on 22 May 2019,');
  });
});

describe('documents', () => {
  it('links a joint symbol as one symbol node and lists a corrigendum after its document', () => {
    const { draft } = generate(() => {});
    const items = textblocks(draft.doc).filter((b) => b.type === 'item_text');
    expect(items[5]?.text).toBe(
      'Report of the Executive Director on the activities of the United Nations Office on Drugs and Crime (E/CN.7/2019/2-E/CN.15/2019/2);',
    );
    expect(items[8]?.text).toContain('(E/CN.15/2019/7 and E/CN.15/2019/7/Corr.1);');
    expect(items[10]?.text).toMatch(/\(E\/CN\.15\/2019\/14\)\.$/);
  });

  it('leaves out the documents paragraph and list when no document was before the body', () => {
    const { draft } = generate((item) => {
      item.documents = [];
    });
    expect(paragraphs(draft.doc).some((p) => p.includes('had before it'))).toBe(false);
    const kinds: string[] = [];
    draft.doc.forEach((child) => {
      kinds.push(child.type.name);
    });
    expect(kinds.slice(0, 4)).toEqual(['title', 'paragraph', 'quote', 'paragraph']);
    expect(kinds).not.toContain('item_list');
    expect(validate(draft.doc)).toEqual([]);
  });
});

describe('speakers', () => {
  it('keeps the order of speaking given in the facts', () => {
    const { draft } = generate((item) => {
      item.statements.states = ['USA', 'DZA'];
    });
    expect(paragraphs(draft.doc)).toContain(
      'Statements were made by the representatives of the United States and Algeria.',
    );
  });

  it('speaks of a single representative, observer or official in the singular', () => {
    const { draft } = generate((item) => {
      item.statements.states = ['SDN'];
      item.statements.observerStates = ['NER'];
      item.statements.introductory = [item.statements.introductory[1]];
    });
    const text = paragraphs(draft.doc);
    expect(text).toContain('A statement was made by the representative of the Sudan.');
    expect(text).toContain('The observer for the Niger also made a statement.');
    expect(text).toContain(
      'An introductory statement was made by the Acting Director of the United Nations Interregional Crime and Justice Research Institute.',
    );
  });

  it('speaks of several rapporteurs or organizations in the plural, in one sentence', () => {
    const { draft } = generate((item) => {
      item.statements.nonGovernmentalOrganizations.push({ en: 'the International Bar Association' });
    });
    expect(paragraphs(draft.doc)).toContain(
      'The Special Rapporteur on the independence of judges and lawyers also made a statement. The observer for the United Nations Asia and Far East Institute for the Prevention of Crime and the Treatment of Offenders also made a statement. The observers for Soroptimist International and the International Bar Association also made statements.',
    );
  });

  it('leaves out the paragraphs of observers and other speakers when there were none', () => {
    const { draft } = generate((item) => {
      item.statements.observerStates = [];
      item.statements.specialRapporteurs = [];
      item.statements.institutes = [];
      item.statements.nonGovernmentalOrganizations = [];
    });
    const text = paragraphs(draft.doc);
    expect(text).toHaveLength(4);
    expect(text.some((p) => p.includes('observer'))).toBe(false);
    expect(validate(draft.doc)).toEqual([]);
  });

  it('writes no statements paragraph at all when nobody spoke', () => {
    const { draft } = generate((item) => {
      item.statements = {};
    });
    expect(paragraphs(draft.doc)).toHaveLength(2);
  });

  it('names intergovernmental organizations with their observer', () => {
    const { draft } = generate((item) => {
      item.statements.intergovernmentalOrganizations = [{ en: 'the European Union', zh: '欧洲联盟' }];
    });
    expect(paragraphs(draft.doc)[5]).toMatch(
      /^The observer for the European Union also made a statement\. The Special/,
    );
  });

  it('puts Russian State names in the genitive and French ones after a contracted "de"', () => {
    const change = (item: Json) => {
      item.statements.states = ['JPN', 'USA', 'DZA'];
    };
    expect(paragraphs(generate(change, 'ru').draft.doc)[3]).toBe(
      'С заявлениями выступили представители Японии, Соединенных Штатов и Алжира.',
    );
    expect(paragraphs(generate(change, 'fr').draft.doc)[3]).toBe(
      "Les représentants du Japon, des États-Unis et de l'Algérie ont fait des déclarations.",
    );
    expect(paragraphs(generate(change, 'es').draft.doc)[3]).toBe(
      'Formularon declaraciones los representantes del Japón, los Estados Unidos y Argelia.',
    );
  });
});

describe('action taken', () => {
  it('leaves section B for the drafters while the facts do not say what the body did', () => {
    const { draft } = generate(() => {});
    const sectionB = draft.doc.lastChild!;
    expect(sectionB.attrs.part).toBe('actionTaken');
    expect(sectionB.childCount).toBe(1);
  });

  it('says that no action was taken when the facts list no action', () => {
    const { draft } = generate((item) => {
      item.actions = [];
    });
    expect(paragraphs(draft.doc).at(-1)).toBe('The Commission took no action under agenda item 6.');
    const zh = generate((item) => {
      item.actions = [];
    }, 'zh');
    expect(paragraphs(zh.draft.doc).at(-1)).toBe('委员会未就议程项目6采取任何行动。');
  });

  it('reports each action at its meeting, with its title and its symbol as a symbol node', () => {
    const { draft } = generate((item) => {
      item.actions = [
        {
          kind: 'resolution',
          meeting: 7,
          title: { en: 'Strengthening crime prevention' },
          symbol: 'E/CN.15/2019/L.3',
        },
        {
          kind: 'recommendation',
          meeting: 7,
          title: { en: 'Technical assistance' },
          symbol: 'E/CN.15/2019/L.4/Rev.1',
        },
      ];
    });
    const sectionB = draft.doc.lastChild!;
    expect(paragraphs(sectionB)).toEqual([
      'At its 7th meeting, on 23 May 2019, the Commission adopted a draft resolution entitled “Strengthening crime prevention” (E/CN.15/2019/L.3).',
      'At its 7th meeting, on 23 May 2019, the Commission approved a draft resolution entitled “Technical assistance” (E/CN.15/2019/L.4/Rev.1) for adoption by the Economic and Social Council.',
    ]);
    expect(sectionB.child(1).child(sectionB.child(1).childCount - 2).type.name).toBe('symbol');
  });
});

describe('every language', () => {
  const languages: OfficialLanguageCode[] = ['ar', 'zh', 'en', 'fr', 'ru', 'es'];

  it.each(languages)(
    'writes a complete %s draft that validate accepts and that keeps its template shape',
    (lang) => {
      const result = generate((item) => {
        item.actions = [];
      }, lang);
      expect(validate(result.draft.doc)).toEqual([]);
      expect(checkTemplateConformance(result.draft.doc, addendumTemplate().structure)).toEqual([]);
      const text = textblocks(result.draft.doc).map((b) => b.text);
      expect(text.every((t) => t.trim() !== '' && !/undefined|null|\{|\}/.test(t))).toBe(true);
      expect(paragraphs(result.draft.doc)).toHaveLength(7);
      expect(result.draft.metadata.language).toBe(lang);
    },
  );

  it('marks Arabic right to left and the others left to right', () => {
    expect(languages.map((lang) => generate(() => {}, lang).direction)).toEqual([
      'rtl',
      'ltr',
      'ltr',
      'ltr',
      'ltr',
      'ltr',
    ]);
  });

  it('gives the same draft for the same facts and ids', () => {
    expect(generate(() => {}).draft.doc.toJSON()).toEqual(generate(() => {}).draft.doc.toJSON());
  });

  it('locks the generated introduction and the headings but not the statements', () => {
    const { draft, lockedIds } = generate(() => {});
    const locked = new Set(lockedIds);
    const block = (n: number) => draft.doc.child(n).attrs.id as string;
    expect([1, 2, 3, 4].map((n) => locked.has(block(n)))).toEqual([true, true, true, true]);
    expect([5, 6, 7, 8].map((n) => locked.has(block(n)))).toEqual([false, false, false, false]);
    draft.doc.forEach((child) => {
      if (child.type.name === 'section') expect(locked.has(child.attrs.id)).toBe(true);
    });
  });
});
