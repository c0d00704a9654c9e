import type { CommandBus } from '../commands/CommandBus.js';
import type { RollDocument } from '../state/RollDocument.js';
import type { RollView } from '../state/RollView.js';

/** A pointer position in canvas CSS pixels and in music terms, with the modifier keys. */
export interface RollPoint {
  x: number;
  y: number;
  tick: number;
  pitch: number;
  shift: boolean;
  /** Ctrl on Windows/Linux, Cmd on a Mac. */
  mod: boolean;
  alt: boolean;
}

/** What gestures and shortcuts work with. They change the document only through the bus. */
export interface RollContext {
  doc: RollDocument;
  view: RollView;
  bus: CommandBus;
}

/** One drag, started on pointer-down: it follows the pointer and finishes on pointer-up. */
export interface Gesture {
  move(p: RollPoint): void;
  up(p: RollPoint): void;
}
