import { describe, expect, it } from 'vitest';
import { exportDraft, exportFormats, sampleDraft } from '../src/index.js';
import { seedDraft } from './helpers.js';

const bytes = (output: string | Uint8Array): Buffer => Buffer.from(output);

describe('deterministic output', () => {
  const drafts = [
    ['the seed', seedDraft()],
    ['an Arabic sample', sampleDraft({ paragraphs: 60, language: 'ar', seed: 3 })],
  ] as const;

  for (const format of Object.values(exportFormats)) {
    it.each(drafts)(
      `gives the same bytes for the same draft in ${format!.name} (%s)`,
      async (_name, draft) => {
        const first = await exportDraft(draft, format!);
        const second = await exportDraft(draft, format!);
        if (!first.ok || !second.ok) throw new Error('the draft should export');
        expect(bytes(second.output).equals(bytes(first.output))).toBe(true);
        expect(bytes(first.output).length).toBeGreaterThan(500);
      },
      60_000,
    );
  }
});
