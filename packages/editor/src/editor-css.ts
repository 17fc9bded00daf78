import { nearCaretClass } from './caret-neighbourhood.js';

/**
 * The editor's own styles, shipped with the component so that every page that mounts it looks the
 * same: numbers drawn from the `data-number` attributes the numbering plugin sets (so they are
 * never editable text) — a paragraph's as text ending in a tab to the 3rem stop of its hanging
 * indent rather than as a box of that width, which looks the same and is lighter for the browser
 * to lay out and paint in every frame (one box fewer per paragraph); footnotes show theirs after
 * the mark only, the two parts set apart, ready parts shaded as read-only, invalid symbols
 * underlined, other people's carets with their names (drawn from `data-name`, so never text of the
 * document). Logical properties keep the layout right for Arabic (right to left).
 *
 * Blocks are drawn only when near the screen (`content-visibility: auto`; a block's size is
 * remembered once drawn): on a long draft this is what keeps a keystroke's frame small, because
 * otherwise the browser re-checks and re-records the paint of every block of the draft in each
 * frame. Whole sub-sections are the unit under the deliberations rather than each paragraph: the
 * browser checks every such block against the screen in each frame, which for thousands of
 * paragraphs cost more than it saved. The clip margin leaves room for the names above other
 * people's carets. The blocks around the caret are always drawn (see `caretNeighbourhoodPlugin`).
 */
export const editorCss = `
.rp-shell { display: grid; grid-template-columns: minmax(0, 1fr) 18rem; gap: 1rem; align-items: start; }
.rp-toolbar { grid-column: 1 / -1; display: flex; flex-wrap: wrap; gap: .25rem; align-items: center; position: sticky; top: 0; background: #fff; padding: .25rem 0; border-bottom: 1px solid #ccc; z-index: 1; }
.rp-toolbar button, .rp-toolbar select { font: inherit; font-size: .85rem; padding: .2rem .5rem; }
.rp-status { margin-inline-start: auto; font-size: .85rem; padding: .2rem .5rem; border-radius: 3px; }
.rp-status[data-status="saved"] { background: #e6f4ea; }
.rp-status[data-status="saving"], .rp-status[data-status="unsaved"] { background: #fff8e1; }
.rp-status[data-status="offline"], .rp-status[data-status="conflict"], .rp-status[data-status="refused"] { background: #fde7e9; }
.rp-notice { grid-column: 1 / -1; background: #fff8e1; padding: .4rem .6rem; font-size: .9rem; }
.rp-editor { outline: none; min-height: 60vh; line-height: 1.6; font-family: "Times New Roman", "Noto Serif CJK SC", "Noto Naskh Arabic", serif; padding: 0 .5rem 4rem; white-space: pre-wrap; }
.rp-editor .rp-title { font-size: 1.3rem; text-align: center; }
.rp-editor p { margin: .4rem 0; }
.rp-editor > :not(.rp-section):not(.${nearCaretClass}), .rp-editor .rp-section > :not(.rp-section-heading):not(.rp-subsection):not(.${nearCaretClass}), .rp-editor .rp-subsection:not(.${nearCaretClass}) { content-visibility: auto; contain-intrinsic-size: auto 3rem; overflow-clip-margin: 1.5rem; }
.rp-editor .rp-subsection { contain-intrinsic-size: auto 30rem; }
.rp-editor .rp-paragraph[data-number] { padding-inline-start: 3rem; text-indent: -3rem; tab-size: 3rem; }
.rp-editor [data-number]:not(.rp-footnote)::before { content: attr(data-number); display: inline-block; min-width: 3rem; text-indent: 0; color: #333; user-select: none; }
.rp-editor .rp-paragraph[data-number]::before { content: attr(data-number) "\\9"; display: inline; min-width: 0; }
.rp-editor .rp-items { list-style: none; padding-inline-start: 2rem; margin: 0; }
.rp-editor .rp-item-text[data-number]::before { min-width: 2.5rem; }
.rp-editor .rp-quote { margin-inline: 2rem; }
.rp-editor .rp-section { border-inline-start: 4px solid #9ab; padding-inline-start: .75rem; margin: 1.5rem 0; }
.rp-editor .rp-section[data-part="actionTaken"] { border-color: #b97; }
.rp-editor .rp-section-heading, .rp-editor .rp-subsection-heading { font-size: 1.05rem; }
.rp-editor .rp-subheading { font-size: 1rem; font-style: italic; font-weight: normal; }
.rp-editor .rp-read-only { background: #f3f3f3; }
.rp-editor .rp-read-only::before { content: "Marked ready: read-only until reopened"; display: block; font-size: .8rem; color: #555; }
.rp-editor .rp-symbol { color: #0645ad; text-decoration: underline; }
.rp-editor .rp-symbol-invalid { text-decoration: wavy underline #c00; }
.rp-editor .rp-cross-reference { color: #0b6; text-decoration: underline dotted; }
.rp-editor .rp-footnote::after { content: attr(data-number); }
.rp-editor .rp-remote-caret { position: relative; border-inline-start: 2px solid var(--rp-person); margin-inline: -1px; pointer-events: none; }
.rp-editor .rp-remote-caret::after { content: attr(data-name); position: absolute; inset-inline-start: -2px; bottom: 100%; font: 600 .7rem/1.2 system-ui, sans-serif; text-indent: 0; color: #fff; background: var(--rp-person); padding: 0 .25em; border-radius: 2px; white-space: nowrap; user-select: none; }
.rp-side { position: sticky; top: 3rem; font-size: .9rem; max-height: 80vh; overflow: auto; }
.rp-side ol { padding-inline-start: 1.2rem; }
.rp-side button { font: inherit; text-align: start; background: none; border: none; color: #0645ad; cursor: pointer; padding: 0; }
.rp-merge { grid-column: 1 / -1; border: 2px solid #c00; padding: .75rem; background: #fffafa; }
.rp-merge-row { display: grid; grid-template-columns: 1fr 1fr; gap: .75rem; border-top: 1px solid #ddd; padding: .5rem 0; }
.rp-merge-row blockquote { margin: 0; padding: .25rem .5rem; background: #fff; border: 1px solid #ddd; min-height: 1.5rem; }
.rp-picker { position: relative; }
.rp-picker ul { position: absolute; z-index: 2; background: #fff; border: 1px solid #999; list-style: none; margin: 0; padding: 0; max-height: 20rem; overflow: auto; width: 28rem; }
.rp-picker li button { display: block; width: 100%; text-align: start; border: none; background: none; padding: .25rem .5rem; }
.rp-picker li button:hover { background: #eef; }
`;
