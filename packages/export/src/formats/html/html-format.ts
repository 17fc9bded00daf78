import type { ExportFormat } from '../../export-format.js';
import { htmlNodeSerializers } from './html-node-serializers.js';
import { htmlPage } from './html-page.js';

/** HTML export: a standalone page with the official look (see `htmlPage`), UTF-8 text. */
export const htmlFormat: ExportFormat = {
  name: 'html',
  mediaType: 'text/html; charset=utf-8',
  extension: 'html',
  binary: false,
  nodeSerializers: htmlNodeSerializers,
  render: async (input) => htmlPage(input),
};
