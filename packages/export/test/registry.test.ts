import { nodeNames } from '@rapporteur/document';
import { describe, expect, it } from 'vitest';
import { commandLoaders } from '../src/cli/commands/index.js';
import {
  exportFormatLoaders,
  exportFormatNamed,
  exportFormatNames,
  exportFormats,
  loadExportFormat,
} from '../src/index.js';

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

  it.each(exportFormatNames)('loads %s on demand as the format registered under its name', async (name) => {
    expect(await exportFormatLoaders[name]()).toBe(exportFormats[name]);
    expect(await loadExportFormat(name)).toBe(exportFormats[name]);
  });

  it('knows no format by a name outside the list', async () => {
    expect(exportFormatNamed('rtf')).toBeUndefined();
    expect(exportFormatNamed('toString')).toBeUndefined();
    expect(await loadExportFormat('rtf')).toBeUndefined();
    expect(await loadExportFormat('toString')).toBeUndefined();
  });
});

describe('command registry', () => {
  it.each(Object.keys(commandLoaders))('loads the %s command under its own name', async (name) => {
    expect((await commandLoaders[name]!()).name).toBe(name);
  });
});
