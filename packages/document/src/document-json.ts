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
  checkNodeJson(json, new JsonPath(basePath), schema, problems);
  if (problems.length > 0) return { ok: false, problems };
  let doc: Node;
  try {
    doc = ProseMirrorNode.fromJSON(schema, json);
  } catch (error) {
    return { ok: false, problems: [{ path: basePath, message: (error as Error).message }] };
  }
  checkContent(doc, new JsonPath(basePath), problems);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, doc };
}

/**
 * Where the reader is in the JSON: the base path and the content indexes down to the current node.
 * The path is written out only when a problem names it, so reading a valid document of thousands
 * of nodes builds no path strings.
 */
class JsonPath {
  private readonly indexes: number[] = [];
  constructor(private readonly base: string) {}
  enter(index: number): void {
    this.indexes.push(index);
  }
  leave(): void {
    this.indexes.pop();
  }
  /** The path of the current node ("document.content[2].content[0]"), with `suffix` after it. */
  at(suffix = ''): string {
    let path = this.base;
    for (const index of this.indexes) path += `.content[${index}]`;
    return path + suffix;
  }
}

const nodeKeys = new Set(['type', 'attrs', 'content', 'marks', 'text']);

/** What a node type's attributes must be: the JSON types each accepts (none: any), and which have no default. */
interface AttrRules {
  readonly expected: ReadonlyMap<string, readonly string[]>;
  readonly required: readonly string[];
}

const attrRulesByType = new WeakMap<NodeType, AttrRules>();

/** The attribute rules of a node type, read once from its spec. */
function attrRulesOf(type: NodeType): AttrRules {
  let rules = attrRulesByType.get(type);
  if (!rules) {
    const specs = Object.entries(type.spec.attrs ?? {});
    rules = {
      expected: new Map(
        specs.map(([name, spec]) => [
          name,
          typeof spec.validate === 'string' ? spec.validate.split('|') : [],
        ]),
      ),
      required: specs.filter(([, spec]) => !('default' in spec)).map(([name]) => name),
    };
    attrRulesByType.set(type, rules);
  }
  return rules;
}

function checkNodeJson(json: unknown, at: JsonPath, schema: Schema, problems: JsonProblem[]): void {
  if (!isRecord(json)) {
    problems.push({ path: at.at(), message: 'expected a node object with a "type"' });
    return;
  }
  const typeName = json.type;
  if (typeof typeName !== 'string') {
    problems.push({ path: at.at('.type'), message: 'expected the node type as a string' });
    return;
  }
  const type = schema.nodes[typeName];
  if (!type) {
    problems.push({ path: at.at('.type'), message: `unknown node type "${typeName}"` });
    return;
  }
  for (const key of Object.keys(json)) {
    if (!nodeKeys.has(key)) {
      problems.push({
        path: at.at(`.${key}`),
        message: `unexpected property "${key}" on a ${typeName} node`,
      });
    }
  }
  checkAttrs(type, json.attrs, at, problems);
  if (type.isText) {
    if (typeof json.text !== 'string' || json.text === '') {
      problems.push({ path: at.at('.text'), message: 'a text node needs non-empty text' });
    }
  } else if (json.text !== undefined) {
    problems.push({ path: at.at('.text'), message: `a ${typeName} node has no text of its own` });
  }
  if (json.marks !== undefined) {
    if (!Array.isArray(json.marks))
      problems.push({ path: at.at('.marks'), message: 'expected an array of marks' });
    else
      json.marks.forEach((mark, i) => {
        if (!isRecord(mark) || typeof mark.type !== 'string') {
          problems.push({ path: at.at(`.marks[${i}]`), message: 'expected a mark object with a "type"' });
        } else if (!schema.marks[mark.type]) {
          problems.push({ path: at.at(`.marks[${i}].type`), message: `unknown mark type "${mark.type}"` });
        }
      });
  }
  if (json.content !== undefined) {
    if (!Array.isArray(json.content)) {
      problems.push({ path: at.at('.content'), message: 'expected an array of nodes' });
    } else if (type.isLeaf) {
      problems.push({ path: at.at('.content'), message: `a ${typeName} node has no content` });
    } else {
      for (let i = 0; i < json.content.length; i++) {
        at.enter(i);
        checkNodeJson(json.content[i], at, schema, problems);
        at.leave();
      }
    }
  }
}

function checkAttrs(type: NodeType, attrs: unknown, at: JsonPath, problems: JsonProblem[]): void {
  const rules = attrRulesOf(type);
  if (attrs === undefined) {
    for (const name of rules.required)
      problems.push({ path: at.at('.attrs'), message: `a ${type.name} node needs the attribute "${name}"` });
    return;
  }
  if (!isRecord(attrs)) {
    problems.push({ path: at.at('.attrs'), message: 'expected an object of attributes' });
    return;
  }
  for (const name of Object.keys(attrs)) {
    const expected = rules.expected.get(name);
    if (!expected) {
      problems.push({
        path: at.at(`.attrs.${name}`),
        message: `a ${type.name} node has no attribute "${name}"`,
      });
      continue;
    }
    const value = attrs[name];
    const actual = value === null ? 'null' : typeof value;
    if (expected.length > 0 && !expected.includes(actual)) {
      problems.push({
        path: at.at(`.attrs.${name}`),
        message: `expected ${expected.join(' or ')}, got ${actual}`,
      });
    }
  }
  for (const name of rules.required) {
    if (!(name in attrs)) {
      problems.push({
        path: at.at(`.attrs.${name}`),
        message: `a ${type.name} node needs the attribute "${name}"`,
      });
    }
  }
}

function checkContent(node: Node, at: JsonPath, problems: JsonProblem[]): void {
  if (!node.type.validContent(node.content)) {
    const names = [] as string[];
    node.forEach((child) => {
      names.push(child.type.name);
    });
    problems.push({
      path: at.at('.content'),
      message: `a ${node.type.name} cannot hold [${names.join(', ')}]; it holds ${node.type.spec.content ?? 'nothing'}`,
    });
  }
  node.forEach((child, _offset, i) => {
    if (child.isText) return;
    at.enter(i);
    checkContent(child, at, problems);
    at.leave();
  });
}
