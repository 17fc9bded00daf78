/** A problem in a JSON input (facts file, template file), named by the path of what is wrong. */
export interface InputProblem {
  /** Where: "agenda[0].statements.states[2]", or "(root)". */
  readonly path: string;
  /** What is wrong, in words a drafter understands. */
  readonly message: string;
}
