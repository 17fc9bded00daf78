'use client';

import dynamic from 'next/dynamic';
import type { DraftEditorClientProps } from './draft-editor-client';

/** The editor client, loaded only in the browser (ProseMirror's view needs the DOM). */
const DraftEditorClient = dynamic(
  () => import('./draft-editor-client').then((module) => module.DraftEditorClient),
  {
    ssr: false,
    loading: () => <p>Loading the editor…</p>,
  },
);

/** Mounts the browser-only editor client for a draft. */
export function DraftEditorLoader(props: DraftEditorClientProps) {
  return <DraftEditorClient {...props} />;
}
