import type { Route } from '@rapporteur/lifecycle';
import { ui } from '../../lib/ui-strings';

/**
 * The review routes the office uses most, offered when a draft is created and when its owner
 * changes its route while drafting; the server validates whatever route is sent.
 */
export const PRESET_ROUTES = {
  default: {
    label: ui.newDraft.routeDefault,
    route: [
      { kind: 'role', role: 'reviewer', title: 'Editor' },
      { kind: 'role', role: 'secretary', title: 'Secretary of the Commission' },
    ],
  },
  three: {
    label: ui.newDraft.routeThree,
    route: [
      { kind: 'role', role: 'reviewer', title: 'Editor' },
      { kind: 'role', role: 'reviewer', title: 'Section chief' },
      { kind: 'role', role: 'secretary', title: 'Secretary of the Commission' },
    ],
  },
  editorOnly: {
    label: ui.newDraft.routeEditorOnly,
    route: [{ kind: 'role', role: 'reviewer', title: 'Editor' }],
  },
} as const satisfies Record<string, { label: string; route: Route }>;

/** The name of one of the {@link PRESET_ROUTES}. */
export type PresetRouteKey = keyof typeof PRESET_ROUTES;
