import { addendumSchema } from '@rapporteur/document';
import { describe, expect, it } from 'vitest';
import { checkTemplateConformance, readTemplate } from '../src/index.js';
import { addendumTemplate, addendumTemplateFiles } from './files.js';

// biome-ignore lint/suspicious/noExplicitAny: tests edit parsed JSON fixtures freely
type Json = Record<string, any>;

describe('loading a template', () => {
  it('loads agenda-item-addendum with phrases in all six languages', () => {
    expect(Object.keys(addendumTemplate().phrases).sort()).toEqual(['ar', 'en', 'es', 'fr', 'ru', 'zh']);
  });

  it('names a phrase that one language lacks, with its file', () => {
    const files = addendumTemplateFiles();
    delete (files.phrases.fr as Json).phrases.documentsBefore;
    const read = readTemplate(files);
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.problems).toEqual([
        {
          path: 'phrases.fr.json: phrases.documentsBefore',
          message: 'missing: the structure uses the phrase "documentsBefore"',
        },
      ]);
    }
  });

  it('refuses an unknown placeholder, variants of no known kind, and a wrong direction', () => {
    const files = addendumTemplateFiles();
    const en = files.phrases.en as Json;
    en.phrases.consideration = 'At its {meeting}, …';
    en.phrases.statesSpoke = { singular: 'x', plural: 'y' };
    (files.phrases.ar as Json).direction = 'ltr';
    const read = readTemplate(files);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems.map((p) => p.path)).toEqual([
      'phrases.ar.json: direction',
      'phrases.en.json: phrases.consideration',
      'phrases.en.json: phrases.statesSpoke',
    ]);
    expect(read.problems[1]?.message).toContain('unknown placeholder {meeting}');
  });

  it('refuses a structure block of an unknown kind with its JSON path', () => {
    const files = addendumTemplateFiles();
    (files.structure as Json).introduction.blocks[0].kind = 'table';
    const read = readTemplate(files);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems[0]?.path).toBe('structure.json: introduction.blocks[0].kind');
  });
});

describe('the structure rules', () => {
  const s = addendumSchema;
  const heading = (type: string, text: string) => s.node(type, null, [s.text(text)]);
  const paragraph = (id: string) => s.node('paragraph', { id, numbered: true }, [s.text('Text.')]);

  it('find a missing required section and a block the introduction may not hold', () => {
    const doc = s.node('doc', null, [
      heading('title', 'Title'),
      s.node('subheading', { id: 'h' }, [s.text('Not here')]),
      s.node('section', { id: 'a', part: 'deliberations' }, [
        heading('section_heading', 'Deliberations'),
        paragraph('p'),
      ]),
    ]);
    expect(checkTemplateConformance(doc, addendumTemplate().structure).map((p) => p.message)).toEqual([
      'The introduction may not hold a subheading.',
      'The template requires a section for actionTaken.',
    ]);
  });

  it('find a section out of the template’s order, and what it may not hold', () => {
    const doc = s.node('doc', null, [
      heading('title', 'Title'),
      s.node('section', { id: 'b', part: 'actionTaken' }, [
        heading('section_heading', 'Action taken'),
        s.node('subsection', { id: 'c' }, [heading('subsection_heading', 'One')]),
      ]),
      s.node('section', { id: 'a', part: 'deliberations' }, [
        heading('section_heading', 'Deliberations'),
        paragraph('p'),
      ]),
    ]);
    expect(checkTemplateConformance(doc, addendumTemplate().structure).map((p) => p.message)).toEqual([
      "The actionTaken section is out of the template's order.",
      'The actionTaken section has no sub-sections in this template.',
    ]);
  });

  it('find sub-sections where the template has none', () => {
    const doc = s.node('doc', null, [
      heading('title', 'Title'),
      s.node('section', { id: 'a', part: 'deliberations' }, [heading('section_heading', 'Deliberations')]),
      s.node('section', { id: 'b', part: 'actionTaken' }, [
        heading('section_heading', 'Action taken'),
        s.node('subsection', { id: 'c' }, [heading('subsection_heading', 'One')]),
      ]),
    ]);
    expect(checkTemplateConformance(doc, addendumTemplate().structure).map((p) => p.message)).toEqual([
      'The actionTaken section has no sub-sections in this template.',
    ]);
  });
});
