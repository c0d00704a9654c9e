/** Follows the pointer on the whole window until release, then removes its own listeners. */
export function observeDrag(pointerId: number, onMove: (e: PointerEvent) => void, onUp: (e: PointerEvent) => void)
  : void {
  const move = (e: PointerEvent) => e.pointerId === pointerId && onMove(e);
  const up = (e: PointerEvent) => {
    if (e.pointerId !== pointerId) return;
    window.removeEventListener('pointermove', move);
    window.removeEventListener('pointerup', up);
    window.removeEventListener('pointercancel', up);
    onUp(e);
  };
  window.addEventListener('pointermove', move);
  window.addEventListener('pointerup', up);
  window.addEventListener('pointercancel', up);
}
