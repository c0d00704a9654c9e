import type { NoteCoordTransform } from '../model/NoteCoordTransform.js';
import type { RollDocument } from '../state/RollDocument.js';
import type { RollView } from '../state/RollView.js';

/** What every layer gets for one frame. Layers read it and draw; they never change it. */
export interface Scene {
  doc: RollDocument;
  view: RollView;
  t: NoteCoordTransform;
  /** Height of the canvas being drawn (the note area or the velocity lane), in CSS pixels. */
  height: number;
  fromTick: number;
  toTick: number;
  lowPitch: number;
  highPitch: number;
}

export interface Layer {
  draw(ctx: CanvasRenderingContext2D, scene: Scene): void;
}

export const isBlackKey = (pitch: number): boolean => [1, 3, 6, 8, 10].includes(pitch % 12);
