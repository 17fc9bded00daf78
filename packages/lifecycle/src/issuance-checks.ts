/**
 * The checks a text must pass before it is issued. The server runs them (it holds the document)
 * and reports their outcome in a `recordChecks` event; the lifecycle only records and enforces it.
 */
export const ISSUANCE_CHECKS = ['numbering', 'symbols', 'languageParity'] as const;

/** One of the {@link ISSUANCE_CHECKS}. */
export type IssuanceCheckName = (typeof ISSUANCE_CHECKS)[number];

/** The outcome of one issuance check, with the problems found when it failed. */
export interface IssuanceCheckResult {
  readonly passed: boolean;
  readonly problems: readonly string[];
}

/** The outcome of every issuance check; all must pass before the text can be issued. */
export type IssuanceChecks = { readonly [name in IssuanceCheckName]: IssuanceCheckResult };

/** How each check is named to users. */
export const ISSUANCE_CHECK_LABELS: Readonly<Record<IssuanceCheckName, string>> = {
  numbering: 'numbering',
  symbols: 'document symbols',
  languageParity: 'language parity',
};

/** The outcome of {@link validateIssuanceChecks}: clean results, or what is wrong with them. */
export type IssuanceChecksValidation = { ok: true; checks: IssuanceChecks } | { ok: false; message: string };

/** Checks the shape of check results sent by the server and returns a clean copy. */
export function validateIssuanceChecks(input: unknown): IssuanceChecksValidation {
  if (typeof input !== 'object' || input === null) {
    return { ok: false, message: `The check results must be an object with ${ISSUANCE_CHECKS.join(', ')}.` };
  }
  const record = input as Record<string, unknown>;
  const checks: Partial<Record<IssuanceCheckName, IssuanceCheckResult>> = {};
  for (const name of ISSUANCE_CHECKS) {
    const result = record[name];
    if (typeof result !== 'object' || result === null) {
      return { ok: false, message: `The result of the ${ISSUANCE_CHECK_LABELS[name]} check is missing.` };
    }
    const { passed, problems = [] } = result as Record<string, unknown>;
    if (typeof passed !== 'boolean') {
      return { ok: false, message: `The ${ISSUANCE_CHECK_LABELS[name]} check must say whether it passed.` };
    }
    if (!Array.isArray(problems) || !problems.every((problem) => typeof problem === 'string')) {
      return {
        ok: false,
        message: `The problems of the ${ISSUANCE_CHECK_LABELS[name]} check must be strings.`,
      };
    }
    checks[name] = { passed, problems: [...problems] };
  }
  return { ok: true, checks: checks as IssuanceChecks };
}

/** The checks that did not pass, in their fixed order; empty when the text may be issued. */
export function failedChecks(checks: IssuanceChecks): IssuanceCheckName[] {
  return ISSUANCE_CHECKS.filter((name) => !checks[name].passed);
}

/** A one-line account of the failed checks and their problems, for messages and the audit trail. */
export function describeFailedChecks(checks: IssuanceChecks): string {
  return failedChecks(checks)
    .map((name) => {
      const { problems } = checks[name];
      const label = ISSUANCE_CHECK_LABELS[name];
      return problems.length === 0 ? `${label} failed` : `${label} failed: ${problems.join('; ')}`;
    })
    .join('. ');
}
