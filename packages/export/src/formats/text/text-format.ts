import type { ExportFormat } from '../../export-format.js';
import { plainTextExport } from './plain-text-export.js';
import { textNodeSerializers } from './text-node-serializers.js';

/** Plain-text export in the seed's layout (see `plainTextExport`), UTF-8 text. */
export const textFormat: ExportFormat = {
  name: 'txt',
  mediaType: 'text/plain; charset=utf-8',
  extension: 'txt',
  binary: false,
  nodeSerializers: textNodeSerializers,
  render: async (input) => plainTextExport(input),
};
