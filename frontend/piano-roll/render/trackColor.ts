/** A track's colour (`#rrggbb`) for its notes: as chosen, or darker when selected. */
export function trackColor(color: string, selected: boolean): string {
  const hex = /^#([0-9a-f]{6})$/i.exec(color);
  if (!selected || !hex) return color;
  const n = parseInt(hex[1], 16);
  const dark = (shift: number) => Math.round(((n >> shift) & 255) * 0.7);
  return `rgb(${dark(16)} ${dark(8)} ${dark(0)})`;
}
