import { ApiError } from './api-error';
import { loadTemplateContainment } from './draft-templates';
import { json } from './respond';
import type { Route } from './router';

/**
 * A template's containment rules for anyone signed in: GET /api/templates/agenda-item-addendum gives
 * `{ template: { name, introduction, sections: [{ part, contains, subsections }] } }`, which blocks
 * each place of a document may hold. The editor enforces them as drafters type, so the rules of
 * every template come from its structure.json.
 */
export const templateRoutes: readonly Route[] = [
  {
    method: 'GET',
    pattern: '/api/templates/:name',
    async handler(ctx) {
      await ctx.signedIn();
      const name = ctx.params.name!;
      const template = await loadTemplateContainment(ctx.deps.templatesFolder, name);
      if (template === null) {
        throw new ApiError('not-found', `There is no template "${name.slice(0, 64)}".`, 'name');
      }
      return json({ template });
    },
  },
];
