import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Metadata } from 'next';
import { requireUser, sessionChoices } from '../../../components/workflow/server-api';
import { ui } from '../../../lib/ui-strings';
import { repositoryRoot } from '../../../server/store-location';
import { NewDraftForm, type SessionOption, type TemplateOption } from './new-draft-form';

export const metadata: Metadata = { title: ui.newDraft.title };
export const dynamic = 'force-dynamic';

/** The templates shipped in templates/ with the languages each has phrases for. */
async function templateOptions(): Promise<TemplateOption[]> {
  const folder = join(repositoryRoot(), 'templates');
  const names = await readdir(folder, { withFileTypes: true }).catch(() => []);
  const options: TemplateOption[] = [];
  for (const entry of names) {
    if (!entry.isDirectory()) continue;
    const files = await readdir(join(folder, entry.name));
    const languages = files.flatMap((file) => /^phrases\.([a-z]{2})\.json$/.exec(file)?.slice(1) ?? []);
    if (files.includes('structure.json') && languages.length > 0)
      options.push({ name: entry.name, languages });
  }
  return options;
}

/** The agenda items of a session's facts, numbered and titled in English when it can. */
function agendaOf(facts: Record<string, unknown>): SessionOption['items'] {
  const agenda = Array.isArray(facts.agenda) ? (facts.agenda as Array<Record<string, unknown>>) : [];
  return agenda.flatMap((item) => {
    if (typeof item.number !== 'number') return [];
    const titles = (item.title ?? {}) as Record<string, unknown>;
    const title = String(titles.en ?? Object.values(titles)[0] ?? '');
    return [{ number: item.number, title, languages: Object.keys(titles) }];
  });
}

/**
 * A new draft: the drafter chooses the session, the agenda item, the template, the language and
 * the review route; the server writes the addendum from the session's facts and the editor opens.
 */
export default async function NewDraftPage() {
  await requireUser('/drafts/new');
  const [sessions, templates] = await Promise.all([sessionChoices(), templateOptions()]);
  const options: SessionOption[] = sessions.map((choice) => ({
    id: choice.id,
    label: choice.label,
    items: agendaOf(choice.session.facts),
  }));
  return (
    <>
      <h1>{ui.newDraft.title}</h1>
      <p className="muted">{ui.newDraft.intro}</p>
      {options.length === 0 ? (
        <p>{ui.newDraft.noSession}</p>
      ) : (
        <NewDraftForm sessions={options} templates={templates} />
      )}
    </>
  );
}
