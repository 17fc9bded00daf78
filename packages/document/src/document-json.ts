import { type Node, type NodeType, Node as ProseMirrorNode, type Schema } from 'prosemirror-model';
import { addendumSchema } from './schema.js';

/** A problem found in a JSON value, named by its path ("document.content[3].type"). */
export interface JsonProblem {
  readonly path: string;
  readonly message: string;
}

/** The result of reading a document from JSON: the node, or every problem with its path. */
export type DocumentJsonRead = { ok: true; doc: Node } | { ok: false; problems: JsonProblem[] };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads an addendum document from its ProseMirror JSON, checking every node type, mark, attribute
 * and content rule first so that a bad file is answered with each problem and the JSON path where
 * it is ("document.content[2].content[0].type: unknown node type \"tabel\"") instead of the first
 * exception ProseMirror would throw. Nothing is built from a document with problems.
 */
export function readDocumentJson(
  json: unknown,
  basePath = 'document',
  schema: Schema = addendumSchema,
): DocumentJsonRead {
  const problems: JsonProblem[] = [];
  checkNodeJson(json, basePath, schema, problems);
  if (problems.length > 0) return { ok: false, problems };
  let doc: Node;
  try {
    doc = ProseMirrorNode.fromJSON(schema, json);
  } catch (error) {
    return { ok: false, problems: [{ path: basePath, message: (error as Error).message }] };
  }
  checkContent(doc, basePath, problems);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, doc };
}

function checkNodeJson(json: unknown, path: string, schema: Schema, problems: JsonProblem[]): void {
  if (!isRecord(json)) {
    problems.push({ path, message: 'expected a node object with a "type"' });
    return;
  }
  const typeName = json.type;
  if (typeof typeName !== 'string') {
    problems.push({ path: `${path}.type`, message: 'expected the node type as a string' });
    return;
  }
  const type = schema.nodes[typeName];
  if (!type) {
    problems.push({ path: `${path}.type`, message: `unknown node type "${typeName}"` });
    return;
  }
  for (const key of Object.keys(json)) {
    if (!['type', 'attrs', 'content', 'marks', 'text'].includes(key)) {
      problems.push({
        path: `${path}.${key}`,
        message: `unexpected property "${key}" on a ${typeName} node`,
      });
    }
  }
  checkAttrs(type, json.attrs, `${path}.attrs`, problems);
  if (type.isText) {
    if (typeof json.text !== 'string' || json.text === '') {
      problems.push({ path: `${path}.text`, message: 'a text node needs non-empty text' });
    }
  } else if (json.text !== undefined) {
    problems.push({ path: `${path}.text`, message: `a ${typeName} node has no text of its own` });
  }
  if (json.marks !== undefined) {
    if (!Array.isArray(json.marks))
      problems.push({ path: `${path}.marks`, message: 'expected an array of marks' });
    else
      json.marks.forEach((mark, i) => {
        const markPath = `${path}.marks[${i}]`;
        if (!isRecord(mark) || typeof mark.type !== 'string') {
          problems.push({ path: markPath, message: 'expected a mark object with a "type"' });
        } else if (!schema.marks[mark.type]) {
          problems.push({ path: `${markPath}.type`, message: `unknown mark type "${mark.type}"` });
        }
      });
  }
  if (json.content !== undefined) {
    if (!Array.isArray(json.content)) {
      problems.push({ path: `${path}.content`, message: 'expected an array of nodes' });
    } else if (type.isLeaf) {
      problems.push({ path: `${path}.content`, message: `a ${typeName} node has no content` });
    } else {
      json.content.forEach((child, i) => {
        checkNodeJson(child, `${path}.content[${i}]`, schema, problems);
      });
    }
  }
}

function checkAttrs(type: NodeType, attrs: unknown, path: string, problems: JsonProblem[]): void {
  if (attrs === undefined) {
    for (const [name, spec] of Object.entries(type.spec.attrs ?? {})) {
      if (!('default' in spec))
        problems.push({ path, message: `a ${type.name} node needs the attribute "${name}"` });
    }
    return;
  }
  if (!isRecord(attrs)) {
    problems.push({ path, message: 'expected an object of attributes' });
    return;
  }
  const specs = type.spec.attrs ?? {};
  for (const [name, value] of Object.entries(attrs)) {
    const spec = specs[name];
    if (!spec) {
      problems.push({ path: `${path}.${name}`, message: `a ${type.name} node has no attribute "${name}"` });
      continue;
    }
    const expected = typeof spec.validate === 'string' ? spec.validate.split('|') : [];
    const actual = value === null ? 'null' : typeof value;
    if (expected.length > 0 && !expected.includes(actual)) {
      problems.push({ path: `${path}.${name}`, message: `expected ${expected.join(' or ')}, got ${actual}` });
    }
  }
  for (const [name, spec] of Object.entries(specs)) {
    if (!(name in attrs) && !('default' in spec)) {
      problems.push({
        path: `${path}.${name}`,
        message: `a ${type.name} node needs the attribute "${name}"`,
      });
    }
  }
}

function checkContent(node: Node, path: string, problems: JsonProblem[]): void {
  if (!node.type.validContent(node.content)) {
    const names = [] as string[];
    node.forEach((child) => {
      names.push(child.type.name);
    });
    problems.push({
      path: `${path}.content`,
      message: `a ${node.type.name} cannot hold [${names.join(', ')}]; it holds ${node.type.spec.content ?? 'nothing'}`,
    });
  }
  node.forEach((child, _offset, i) => {
    if (!child.isText) checkContent(child, `${path}.content[${i}]`, problems);
  });
}
