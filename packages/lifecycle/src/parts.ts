/**
 * The two parts of an addendum that are drafted and marked ready on their own: "A. Deliberations"
 * and "B. Action taken". Their names are also the names of the parallel regions of `drafting`.
 */
export const PARTS = ['deliberations', 'actionTaken'] as const;

/** One of the {@link PARTS}. */
export type Part = (typeof PARTS)[number];

/** How each part is named to users. */
export const PART_LABELS: Readonly<Record<Part, string>> = {
  deliberations: 'deliberations',
  actionTaken: 'action taken',
};

/** Whether `value` names one of the {@link PARTS}. */
export function isPart(value: unknown): value is Part {
  return typeof value === 'string' && (PARTS as readonly string[]).includes(value);
}
