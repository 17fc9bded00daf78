import { sendableSteps } from 'prosemirror-collab';
import type { EditorState } from 'prosemirror-state';
import { Mapping, type StepMap } from 'prosemirror-transform';
import type { PresencePerson } from './collab-protocol.js';
import type { RemoteCaret } from './presence-plugin.js';

function unconfirmedMapping(state: EditorState): Mapping {
  return new Mapping((sendableSteps(state)?.steps ?? []).map((step) => step.getMap()));
}

/**
 * This editor's selection at its confirmed step version, as the presence list wants it: the local
 * positions mapped back through the steps not yet confirmed (a caret inside text not yet confirmed
 * lands where that text was inserted).
 */
export function selectionAtConfirmed(state: EditorState): { anchor: number; head: number } {
  const back = unconfirmedMapping(state).invert();
  const { anchor, head } = state.selection;
  return { anchor: back.map(anchor, -1), head: back.map(head, -1) };
}

/** How the editor reads other people's positions: its own client id and its confirmed step maps. */
export interface CaretMapping {
  /** This editor's client id (its own entry is not shown). */
  readonly clientId: string;
  /** The confirmed step version this editor is at. */
  readonly version: number;
  /** The maps of the confirmed steps after a version, or null when it is not known here. */
  readonly mapsSince: (version: number) => readonly StepMap[] | null;
}

/**
 * Other people's carets in this editor's document: each position, made at the sender's confirmed
 * version, is mapped through the confirmed steps since that version and then through this editor's
 * unconfirmed steps; a position from a version this editor cannot map (older than the confirmed step
 * maps it remembers, or ahead of it until those steps arrive) is taken as it stands, clamped to the
 * document, and one without a version as being at this editor's confirmed version. This editor's own
 * entry is left out.
 */
export function caretsFromPeople(
  people: readonly PresencePerson[],
  state: EditorState,
  mapping: CaretMapping,
): RemoteCaret[] {
  const local = unconfirmedMapping(state);
  const size = state.doc.content.size;
  return people
    .filter((person) => person.clientId !== mapping.clientId)
    .map((person) => {
      const maps = mapping.mapsSince(person.version ?? mapping.version) ?? [];
      const confirmed = new Mapping([...maps]);
      const place = (pos: number) => Math.max(0, Math.min(size, local.map(confirmed.map(Math.max(0, pos)))));
      return {
        clientId: person.clientId,
        userId: person.userId,
        name: person.name,
        anchor: place(person.anchor),
        head: place(person.head),
      };
    });
}
