/** Quiet notes are cool blue, loud notes warm magenta; the default velocity 100 is violet. */
export function velocityColor(velocity: number, selected: boolean): string {
  const v = Math.min(127, Math.max(1, velocity)) / 127;
  const hue = 215 + v * 115;
  return `hsl(${hue.toFixed(0)} ${selected ? 85 : 65}% ${selected ? 42 : 55}%)`;
}
