import { nodeNames } from '@rapporteur/document';
import { describe, expect, it } from 'vitest';
import { availableFormatNames, exportFormatNames, exportFormats } from '../src/index.js';

describe('format registry', () => {
  const registered = Object.values(exportFormats);

  it('registers HTML, PDF and text under their own names, each among the known format names', () => {
    for (const name of ['html', 'pdf', 'txt'] as const) expect(exportFormats[name]?.name).toBe(name);
    for (const [name, format] of Object.entries(exportFormats)) expect(format?.name).toBe(name);
    expect(
      availableFormatNames().every((name) => (exportFormatNames as readonly string[]).includes(name)),
    ).toBe(true);
  });

  it.each(registered.map((format) => [format!.name, format!] as const))(
    'has a serializer for every node type of the schema in %s',
    (_name, format) => {
      expect(Object.keys(format.nodeSerializers).sort()).toEqual([...nodeNames].sort());
      for (const name of nodeNames) expect(format.nodeSerializers[name]).toBeTruthy();
    },
  );
});
