import { html, type TemplateResult } from 'lit';

const MOUSE: Array<[string, string]> = [
  ['Click empty space (Draw tool)', 'Add a note one grid step long'],
  ['Drag on empty space (Draw tool)', 'Add a note; the drag sets its length'],
  ['Drag on empty space (Select tool, or Alt + drag)', 'Select notes in a rectangle'],
  ['Click a note', 'Select it; Shift/Ctrl-click adds or removes'],
  ['Drag a note', 'Move the selected notes (snapped; up/down = pitch)'],
  ['Drag a note\u2019s left or right edge', 'Change where it starts or ends'],
  ['Click the ruler', 'Move the playhead (where playback starts and Paste puts notes); \u2669= marks a tempo change'],
  ['Click an amber band at the top of the ruler', 'Open that comment (point at it to read it)'],
  ['Point at a note (who-wrote-what and other history views)', 'Tell who wrote it and who changed it'],
  ['Click a piano key', 'Play that pitch (the first click loads the sounds)'],
  ['Drag a stem in the velocity lane', 'Set that note\u2019s velocity; with several notes selected, all of them scale by the same factor'],
  ['Wheel / Shift + wheel', 'Scroll up-down / sideways (trackpads: swipe)'],
  ['Ctrl + wheel / Ctrl + Shift + wheel', 'Zoom time / zoom pitch rows (or pinch)'],
  ['Click / Shift + drag on AI ghost notes', 'Select proposed notes, to accept only those'],
];

const KEYS: Array<[string, string]> = [
  ['P / V', 'Draw tool / Select tool'],
  ['Delete or Backspace', 'Delete the selection'],
  ['Ctrl + A', 'Select all notes of this track'],
  ['\u2191 / \u2193 (Shift: octave)', 'Transpose a semitone (an octave)'],
  ['\u2190 / \u2192', 'Move by one grid step; scroll when nothing is selected'],
  ['Ctrl + D', 'Duplicate the selection right after itself'],
  ['Ctrl + C / X / V', 'Copy / cut / paste at the playhead'],
  ['Ctrl + Z', 'Undo your own last edit, even after others edited (their edits stay; a field someone else changed since keeps their value, a note they deleted stays deleted)'],
  ['Ctrl + Shift + Z or Ctrl + Y', 'Redo'],
  ['Space', 'Play / stop (from the playhead; stop returns to where playback started)'],
  ['L', 'Loop on/off: the selection\u2019s time span, or 4 bars from the playhead\u2019s bar'],
  ['M / F', 'Metronome on/off / follow the playhead on/off'],
  ['C', 'Colour notes by velocity or by track'],
  ['Q', 'Quantize the selection (or the whole track) to the snap grid'],
  ['Esc', 'Clear the selection, close this help; reject the AI\u2019s proposal while ghost notes are shown'],
  ['Enter', 'Accept all the AI\u2019s proposed (ghost) notes'],
  ['Ctrl + Shift + G', 'AI: continue the music (opens the Continue dialog)'],
  ['?', 'Show or hide this help'],
];

const rows = (list: Array<[string, string]>) => list.map(([k, v]) => html`<tr><th>${k}</th><td>${v}</td></tr>`);

/** The list of every gesture and shortcut; Ctrl means Cmd on a Mac. */
export function helpOverlay(editable: boolean, close: () => void): TemplateResult {
  return html`<div id="help" role="dialog" aria-label="Piano roll help">
    <button class="close" @click=${close} aria-label="Close help">×</button>
    <h2>Piano roll</h2>
    ${editable ? '' : html`<p id="view-only-note"><strong>View only:</strong> you can look, select, copy and
      scroll, but not change notes.</p>`}
    <table><caption>Mouse</caption>${rows(MOUSE)}</table>
    <table><caption>Keys (Cmd instead of Ctrl on a Mac)</caption>${rows(KEYS)}</table>
    <p>Editing together: your edits show at once and are saved in the order the server receives them;
      when two people change the same field of a note, the later one wins. If the connection drops,
      keep working: “Reconnecting…” shows how many edits wait, and they are sent once when it is back.</p>
  </div>`;
}
