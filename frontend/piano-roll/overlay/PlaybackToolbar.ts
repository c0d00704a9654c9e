import { html, type TemplateResult } from 'lit';
import type { Playback } from '../audio/Playback.js';
import type { RollView } from '../state/RollView.js';

export interface PlaybackActions {
  play(): void;
  loop(): void;
  metronome(): void;
  follow(): void;
  colorBy(): void;
}

/** Play / Stop, loop, metronome, follow playhead and the note colouring, in the roll's toolbar. */
export function playbackToolbar(playback: Playback, view: RollView, on: PlaybackActions): TemplateResult {
  const toggle = (id: string, pressed: boolean, label: string, title: string, click: () => void) =>
    html`<button id=${id} aria-pressed=${pressed} title=${title} @click=${click}>${label}</button>`;
  const playing = playback.playing;
  return html`<span class="group" role="group" aria-label="Playback">
    <button id="play" class="play" aria-pressed=${playing} title=${playing ? 'Stop (Space)' : 'Play (Space)'}
      @click=${on.play}>${playing ? '■ Stop' : '▶ Play'}</button>
    ${toggle('loop', !!view.loop, '⟲ Loop', 'Loop the selection, or 4 bars from the playhead (L)', on.loop)}
    ${toggle('metronome', playback.metronome, '♩ Click', 'Metronome (M)', on.metronome)}
    ${toggle('follow', playback.follow, '⇥ Follow', 'Scroll with the playhead (F)', on.follow)}
    ${playback.loading ? html`<span id="sounds-loading" class="status" role="status">Loading sounds…</span>` : ''}
  </span>
  <button id="color-by" title="Colour notes by velocity or by track (C)" @click=${on.colorBy}>
    Colour: ${view.colorBy === 'track' ? 'Track' : 'Velocity'}</button>`;
}
