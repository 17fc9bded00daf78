import { type Attrs, Fragment, type Mark, type Node, type NodeType, type Schema } from 'prosemirror-model';
import { markContentChecked } from './content-checked.js';
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
 * and content rule so that a bad file is answered with each problem and the JSON path where it is
 * ("document.content[2].content[0].type: unknown node type \"tabel\"") instead of the first
 * exception ProseMirror would throw. One walk checks each node's JSON and builds it from its
 * checked children, as `Node.fromJSON` would; after the first problem in the JSON nothing more is
 * built, and a document with problems is never returned. Content-rule problems are reported only
 * when the JSON itself has none, in document order.
 */
export function readDocumentJson(
  json: unknown,
  basePath = 'document',
  schema: Schema = addendumSchema,
): DocumentJsonRead {
  const reader = new DocumentJsonReader(basePath, schema);
  const doc = reader.read(json);
  if (reader.jsonProblems.length > 0) return { ok: false, problems: reader.jsonProblems };
  if (reader.buildError !== null) {
    return { ok: false, problems: [{ path: basePath, message: reader.buildError }] };
  }
  if (reader.contentProblems.length > 0) return { ok: false, problems: reader.contentProblems };
  markContentChecked(doc!);
  return { ok: true, doc: doc! };
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

/**
 * What the reader needs of a node type, read once per schema from its spec: the type, whether it
 * is text or a leaf, the JSON types each attribute accepts (none: any), which attributes have no
 * default, and whether its content may be empty (asked of ProseMirror once per type instead of
 * once per symbol, cross-reference or other empty node).
 */
interface NodeRules {
  readonly type: NodeType;
  readonly isText: boolean;
  readonly isLeaf: boolean;
  readonly expected: ReadonlyMap<string, readonly string[]>;
  readonly required: readonly string[];
  readonly mayBeEmpty: boolean;
}

const nodeRulesBySchema = new WeakMap<Schema, ReadonlyMap<string, NodeRules>>();

/** The rules of every node type of a schema by name, read once from its specs. */
function nodeRulesOf(schema: Schema): ReadonlyMap<string, NodeRules> {
  let rules = nodeRulesBySchema.get(schema);
  if (!rules) {
    rules = new Map(
      Object.values(schema.nodes).map((type) => {
        const specs = Object.entries(type.spec.attrs ?? {});
        const expected = new Map(
          specs.map(([name, spec]) => [
            name,
            typeof spec.validate === 'string' ? spec.validate.split('|') : [],
          ]),
        );
        const required = specs.filter(([, spec]) => !('default' in spec)).map(([name]) => name);
        const mayBeEmpty = type.validContent(Fragment.empty);
        return [
          type.name,
          { type, isText: type.isText, isLeaf: type.isLeaf, expected, required, mayBeEmpty },
        ];
      }),
    );
    nodeRulesBySchema.set(schema, rules);
  }
  return rules;
}

/**
 * One walk over a document's JSON: each node's JSON is checked, then its children are read, then
 * the node is built from them and its content checked against the schema. Problems in the JSON,
 * the first exception ProseMirror throws while building, and content-rule problems are kept apart,
 * because `readDocumentJson` reports the first kind that has any. The walk runs once per draft
 * read, mostly before V8 has optimised it, so each node's common case (known keys, attributes of
 * the right types) is checked with few steps.
 */
class DocumentJsonReader {
  /** Problems in the JSON itself, in document order. */
  readonly jsonProblems: JsonProblem[] = [];
  /** Content that breaks the schema's content rules, in document order (parents before children). */
  readonly contentProblems: JsonProblem[] = [];
  /** The message of the first exception ProseMirror threw while building, if any. */
  buildError: string | null = null;
  private readonly at: JsonPath;
  private readonly rules: ReadonlyMap<string, NodeRules>;

  constructor(
    basePath: string,
    private readonly schema: Schema,
  ) {
    this.at = new JsonPath(basePath);
    this.rules = nodeRulesOf(schema);
  }

  /** Reads the node at the current path: null when it has a problem or nothing is being built. */
  read(json: unknown): Node | null {
    const rules = this.checkNode(json);
    if (rules === null) return null;
    const { at, schema } = this;
    const problems = this.jsonProblems;
    const node = json as Record<string, unknown>;
    // As Node.fromJSON does: a node's marks first, then its content, then the node itself.
    let marks: Mark[] | undefined;
    if (node.marks !== undefined && problems.length === 0 && this.buildError === null) {
      try {
        marks = (node.marks as unknown[]).map(schema.markFromJSON);
      } catch (error) {
        this.buildError = (error as Error).message;
      }
    }
    let children: Node[] | undefined;
    const firstContentProblem = this.contentProblems.length;
    const content = node.content;
    if (content !== undefined) {
      if (!Array.isArray(content)) {
        problems.push({ path: at.at('.content'), message: 'expected an array of nodes' });
      } else if (rules.isLeaf) {
        problems.push({ path: at.at('.content'), message: `a ${rules.type.name} node has no content` });
      } else {
        children = [];
        for (let i = 0; i < content.length; i++) {
          at.enter(i);
          const child = this.read(content[i]);
          if (child !== null) children.push(child);
          at.leave();
        }
      }
    }
    if (problems.length > 0 || this.buildError !== null) return null;
    const { type } = rules;
    if (rules.isText) return schema.text(node.text as string, marks);
    let built: Node;
    try {
      built = type.create(
        node.attrs as Attrs | undefined,
        children === undefined ? Fragment.empty : Fragment.fromArray(children),
        marks,
      );
    } catch (error) {
      this.buildError = (error as Error).message;
      return null;
    }
    if (children === undefined ? !rules.mayBeEmpty : !type.validContent(built.content)) {
      const names: string[] = [];
      built.forEach((child) => {
        names.push(child.type.name);
      });
      // Before the problems of its children, as a drafter reads the document.
      this.contentProblems.splice(firstContentProblem, 0, {
        path: at.at('.content'),
        message: `a ${type.name} cannot hold [${names.join(', ')}]; it holds ${type.spec.content ?? 'nothing'}`,
      });
    }
    return built;
  }

  /**
   * Checks one node's own JSON (not its content): its problems are added in the order a reader
   * meets them; the node type's rules, or null when the node cannot be read further.
   */
  private checkNode(json: unknown): NodeRules | null {
    const { at } = this;
    const problems = this.jsonProblems;
    if (typeof json !== 'object' || json === null || Array.isArray(json)) {
      problems.push({ path: at.at(), message: 'expected a node object with a "type"' });
      return null;
    }
    const node = json as Record<string, unknown>;
    const typeName = node.type;
    if (typeof typeName !== 'string') {
      problems.push({ path: at.at('.type'), message: 'expected the node type as a string' });
      return null;
    }
    const rules = this.rules.get(typeName);
    if (rules === undefined) {
      problems.push({ path: at.at('.type'), message: `unknown node type "${typeName}"` });
      return null;
    }
    for (const key in node) {
      if (!nodeKeys.has(key)) {
        problems.push({
          path: at.at(`.${key}`),
          message: `unexpected property "${key}" on a ${typeName} node`,
        });
      }
    }
    checkAttrs(rules, node.attrs, at, problems);
    const text = node.text;
    if (rules.isText) {
      if (typeof text !== 'string' || text === '') {
        problems.push({ path: at.at('.text'), message: 'a text node needs non-empty text' });
      }
    } else if (text !== undefined) {
      problems.push({ path: at.at('.text'), message: `a ${typeName} node has no text of its own` });
    }
    const marks = node.marks;
    if (marks !== undefined) {
      if (!Array.isArray(marks))
        problems.push({ path: at.at('.marks'), message: 'expected an array of marks' });
      else
        marks.forEach((mark, i) => {
          if (!isRecord(mark) || typeof mark.type !== 'string') {
            problems.push({ path: at.at(`.marks[${i}]`), message: 'expected a mark object with a "type"' });
          } else if (!this.schema.marks[mark.type]) {
            problems.push({ path: at.at(`.marks[${i}].type`), message: `unknown mark type "${mark.type}"` });
          }
        });
    }
    return rules;
  }
}

function checkAttrs(rules: NodeRules, attrs: unknown, at: JsonPath, problems: JsonProblem[]): void {
  const typeName = rules.type.name;
  const { required } = rules;
  if (attrs === undefined) {
    // An indexed loop: most nodes (all text) have no attributes, and a for-of makes an iterator.
    for (let i = 0; i < required.length; i++)
      problems.push({
        path: at.at('.attrs'),
        message: `a ${typeName} node needs the attribute "${required[i]}"`,
      });
    return;
  }
  if (!isRecord(attrs)) {
    problems.push({ path: at.at('.attrs'), message: 'expected an object of attributes' });
    return;
  }
  for (const name in attrs) {
    const expected = rules.expected.get(name);
    if (expected === undefined) {
      problems.push({
        path: at.at(`.attrs.${name}`),
        message: `a ${typeName} node has no attribute "${name}"`,
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
  for (let i = 0; i < required.length; i++) {
    const name = required[i]!;
    if (!(name in attrs)) {
      problems.push({
        path: at.at(`.attrs.${name}`),
        message: `a ${typeName} node needs the attribute "${name}"`,
      });
    }
  }
}
