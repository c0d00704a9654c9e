import { markSpan, type RulerMark } from '../model/RulerMark.js';
import { KEYBOARD_WIDTH, MARK_BAND, type RollView } from '../state/RollView.js';

/** The ruler mark under a canvas point, if any; where marks overlap, the one drawn last (on top). */
export function rulerMarkAt(view: RollView, x: number, y: number): RulerMark | null {
  if (x < KEYBOARD_WIDTH || y < 0 || y > MARK_BAND.top + MARK_BAND.height + 1) return null;
  const tick = view.transform.tick(x);
  for (let i = view.rulerMarks.length - 1; i >= 0; i--) {
    const mark = view.rulerMarks[i];
    const { from, to } = markSpan(view.meter, mark);
    if (tick >= from && tick < to) return mark;
  }
  return null;
}
