import type { Responsible } from '@rapporteur/lifecycle';
import { ui } from '../../lib/ui-strings';

/**
 * Who must act next, in words: role groups ("reviewers") and people by name, "you" for the
 * signed-in user; the owner-or-any-drafter pair of drafting reads "the owner or drafters".
 */
export function describeNextActors(
  next: readonly Responsible[],
  people: Readonly<Record<string, string>>,
  me: string,
): string {
  if (next.length === 0) return ui.panel.nobody;
  return next
    .map((who) =>
      who.kind === 'role'
        ? (ui.roles[who.role] ?? who.role)
        : who.userId === me
          ? ui.panel.you
          : (people[who.userId] ?? ui.panel.owner),
    )
    .join(' or ');
}
