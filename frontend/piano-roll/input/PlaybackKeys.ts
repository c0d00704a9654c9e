import type { Playback } from '../audio/Playback.js';
import type { QuantizeDialog } from '../overlay/QuantizeDialog.js';
import type { PlaybackActions } from '../overlay/PlaybackToolbar.js';
import type { RollView } from '../state/RollView.js';
import type { KeyMap } from './KeyboardShortcuts.js';

/**
 * The playback and view toggles, once for both the toolbar buttons and their keys:
 * Space play/stop, L loop, M metronome, F follow playhead, C colour by velocity/track, Q quantize.
 */
export class PlaybackKeys implements PlaybackActions {
  constructor(private readonly playback: Playback, private readonly view: RollView,
    private readonly quantize: QuantizeDialog) {}

  readonly play = () => this.playback.toggle();
  readonly loop = () => this.playback.toggleLoop();
  readonly metronome = () => this.playback.toggleMetronome();
  readonly follow = () => this.playback.toggleFollow();
  readonly colorBy = () => {
    this.view.colorBy = this.view.colorBy === 'velocity' ? 'track' : 'velocity';
    this.view.changed();
  };

  get keys(): KeyMap {
    return {
      view: { ' ': this.play, l: this.loop, m: this.metronome, f: this.follow, c: this.colorBy },
      edit: { q: () => this.quantize.show() },
    };
  }
}
