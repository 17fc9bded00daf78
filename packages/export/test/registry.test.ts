import { nodeNames } from '@rapporteur/document';
import { describe, expect, it } from 'vitest';
import { exportFormatNamed, exportFormatNames, exportFormats } from '../src/index.js';

describe('format registry', () => {
  it.each(exportFormatNames)('registers %s under its own name', (name) => {
    expect(exportFormats[name].name).toBe(name);
    expect(exportFormatNamed(name)).toBe(exportFormats[name]);
  });

  it.each(exportFormatNames)('has a serializer for every node type of the schema in %s', (name) => {
    const serializers = exportFormats[name].nodeSerializers;
    expect(Object.keys(serializers).sort()).toEqual([...nodeNames].sort());
    for (const type of nodeNames) expect(serializers[type]).toBeTruthy();
  });

  it('knows no format by a name outside the list', () => {
    expect(exportFormatNamed('rtf')).toBeUndefined();
    expect(exportFormatNamed('toString')).toBeUndefined();
  });
});
