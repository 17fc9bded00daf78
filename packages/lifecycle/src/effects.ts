import type { CorrigendumLink } from './context.js';
import type { DraftEnvelope } from './envelope.js';
import type { RouteStep } from './route.js';

/**
 * Something the server must do after recording a decision: notify people, publish the issued
 * text, or store the new draft of a corrigendum. The lifecycle only describes effects.
 */
export type Effect =
  | { readonly type: 'notifyReviewer'; readonly stepIndex: number; readonly step: RouteStep }
  | { readonly type: 'notifyOwner'; readonly owner: string; readonly reason: string }
  | { readonly type: 'notifyDocumentsOfficers'; readonly round: number }
  | { readonly type: 'publish'; readonly symbol: string }
  | {
      readonly type: 'openCorrigendum';
      readonly corrigendumOf: CorrigendumLink;
      readonly envelope: DraftEnvelope;
    };
