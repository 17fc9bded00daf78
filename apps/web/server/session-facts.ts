import { type InputProblem, readSessionFacts, type SessionFacts } from '@rapporteur/templates';
import { ApiError } from './api-error';

/** At most this many problems are listed in one answer; the first is always named in `path`. */
const MAX_PROBLEMS = 50;

/** A facts path prefixed by where the facts sit (`facts` in a request body or a session record). */
function under(prefix: string, path: string): string {
  return path === '(root)' ? prefix : `${prefix}.${path}`;
}

/**
 * Checks session facts with the templates package's schema (the format `rapporteur new` reads) and
 * returns them as validated. Refuses with 422 `invalid-facts`: `path` names the first problem, as a
 * JSON path under `prefix` (`facts.agenda[0].title.fr`), and `problems` lists every one of them.
 */
export function validSessionFacts(json: unknown, prefix = 'facts'): SessionFacts {
  const read = readSessionFacts(json);
  if (read.ok) return read.facts;
  const problems: InputProblem[] = read.problems.map((problem) => ({
    path: under(prefix, problem.path),
    message: problem.message,
  }));
  const first = problems[0]!;
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more problems)` : '';
  throw new ApiError('invalid-facts', `${first.path}: ${first.message}${more}`, first.path, {
    problems: problems.slice(0, MAX_PROBLEMS),
  });
}
