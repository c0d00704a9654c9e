import { KEYBOARD_WIDTH, RULER_HEIGHT } from '../state/RollView.js';
import { isBlackKey, type Layer, type Scene } from './Layer.js';

const NAMES = ['C', 'C♯', 'D', 'D♯', 'E', 'F', 'F♯', 'G', 'G♯', 'A', 'A♯', 'B'];

/** Scientific pitch name: MIDI 60 is C4. */
export const pitchName = (pitch: number): string => `${NAMES[pitch % 12]}${Math.floor(pitch / 12) - 1}`;

/** The piano keys on the left, with C names and the key being pressed highlighted. */
export class KeyboardLayer implements Layer {
  draw(ctx: CanvasRenderingContext2D, { view, t, lowPitch, highPitch }: Scene): void {
    ctx.beginPath();
    ctx.rect(0, RULER_HEIGHT, KEYBOARD_WIDTH, view.height - RULER_HEIGHT);
    ctx.clip();
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, RULER_HEIGHT, KEYBOARD_WIDTH, view.height);
    ctx.font = `${Math.min(11, t.keyHeight - 2)}px system-ui, sans-serif`;
    ctx.textBaseline = 'middle';
    for (let p = lowPitch; p <= highPitch; p++) {
      const y = t.y(p);
      const pressed = view.pressedKey === p;
      if (isBlackKey(p)) {
        ctx.fillStyle = pressed ? '#4f7cff' : '#2b3240';
        ctx.fillRect(0, y, KEYBOARD_WIDTH * 0.62, t.keyHeight);
      } else if (pressed) {
        ctx.fillStyle = '#c9d6ff';
        ctx.fillRect(0, y, KEYBOARD_WIDTH, t.keyHeight);
      }
      if (p % 12 === 0 || p % 12 === 5) {
        ctx.fillStyle = '#c9d0dc';
        ctx.fillRect(0, y + t.keyHeight - 1, KEYBOARD_WIDTH, 1);
      }
      if (p % 12 === 0 && t.keyHeight >= 8) {
        ctx.fillStyle = '#5b6474';
        ctx.fillText(pitchName(p), KEYBOARD_WIDTH - 26, y + t.keyHeight / 2);
      }
    }
    ctx.fillStyle = '#c9d0dc';
    ctx.fillRect(KEYBOARD_WIDTH - 1, RULER_HEIGHT, 1, view.height);
  }
}
