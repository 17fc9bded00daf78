'use client';

import { IssuancePanel } from './issuance-panel';
import { LifecyclePanel } from './lifecycle-panel';
import { useDraft } from './use-draft';

/**
 * The panel an editor page places beside the editor with one import: where the draft stands, the
 * route, who acts next, this user's actions, the history, and issuance for documents officers.
 * Hosts that already load the draft with `useDraft` place `LifecyclePanel` and `IssuancePanel` instead.
 */
export function DraftWorkflowPanel({
  draftId,
  people,
  me,
}: {
  draftId: string;
  people?: Readonly<Record<string, string>>;
  me?: string;
}) {
  const shared = useDraft(draftId);
  return (
    <aside className="draft-workflow">
      <LifecyclePanel state={shared} {...(people ? { people } : {})} {...(me ? { me } : {})} />
      <IssuancePanel state={shared} />
    </aside>
  );
}
