import { addendumSchema } from '@rapporteur/document';
import type { Node } from 'prosemirror-model';
import { Step } from 'prosemirror-transform';
import { ApiError } from './api-error';

/** Steps sent by a client, read and checked against the document they are meant for. */
export interface AppliedSteps {
  readonly steps: readonly Step[];
  /** The document with every step applied. */
  readonly doc: Node;
}

/**
 * Reads ProseMirror steps (their `toJSON()` form) against the addendum schema and applies them in
 * order to `doc`; refuses with 422 naming the first step that is not a step of this schema, does not
 * apply to the text it would follow, or leaves a document the schema does not allow.
 */
export function applyClientSteps(doc: Node, json: readonly unknown[]): AppliedSteps {
  const steps: Step[] = [];
  let current = doc;
  for (const [i, stepJson] of json.entries()) {
    const path = `steps[${i}]`;
    let step: Step;
    try {
      step = Step.fromJSON(addendumSchema, stepJson);
    } catch (error) {
      throw new ApiError(
        'invalid-document',
        `${path}: not a step of the addendum schema (${(error as Error).message})`,
        path,
      );
    }
    let next: Node | null;
    let failure: string | null;
    try {
      const result = step.apply(current);
      next = result.doc;
      failure = result.failed;
      next?.check();
    } catch (error) {
      next = null;
      failure = (error as Error).message;
    }
    if (next === null) {
      throw new ApiError(
        'invalid-document',
        `${path}: does not apply to the current text (${failure})`,
        path,
      );
    }
    steps.push(step);
    current = next;
  }
  return { steps, doc: current };
}
