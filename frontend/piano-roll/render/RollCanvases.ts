import type { RollDocument } from '../state/RollDocument.js';
import type { RollView } from '../state/RollView.js';
import { CursorLayer } from './CursorLayer.js';
import { GridLayer } from './GridLayer.js';
import { KeyboardLayer } from './KeyboardLayer.js';
import type { Layer } from './Layer.js';
import { LoopLayer } from './LoopLayer.js';
import { NoteLayer } from './NoteLayer.js';
import { RollRenderer } from './RollRenderer.js';
import { RulerLayer } from './RulerLayer.js';
import { SelectionLayer } from './SelectionLayer.js';
import { TempoLayer } from './TempoLayer.js';
import { VelocityLayer } from './VelocityLayer.js';

/** The roll's two canvases, the note area and the velocity lane below it, kept the size of their boxes. */
export class RollCanvases {
  readonly main: RollRenderer;
  readonly lane: RollRenderer;
  private observer?: ResizeObserver;

  constructor(private readonly mainCanvas: HTMLCanvasElement, private readonly laneCanvas: HTMLCanvasElement,
    doc: RollDocument, private readonly view: RollView, overlays: Layer[] = []) {
    this.main = new RollRenderer(mainCanvas, doc, view, [new GridLayer(), new NoteLayer(), ...overlays,
      new SelectionLayer(), new RulerLayer(), new TempoLayer(), new LoopLayer(), new CursorLayer(), new KeyboardLayer()]);
    this.lane = new RollRenderer(laneCanvas, doc, view, [new VelocityLayer()]);
  }

  requestDraw(): void {
    this.main.requestDraw();
    this.lane.requestDraw();
  }

  /** Follows the size of each canvas's parent; call again after a re-attach (Vaadin may move the roll). */
  observe(): void {
    this.observer?.disconnect();
    this.observer = new ResizeObserver((entries) => entries.forEach(({ target, contentRect: r }) => {
      if (target === this.mainCanvas.parentElement) {
        this.view.setSize(r.width, r.height);
        this.main.resize(r.width, r.height);
      } else {
        this.lane.resize(r.width, r.height);
      }
    }));
    this.observer.observe(this.mainCanvas.parentElement!);
    this.observer.observe(this.laneCanvas.parentElement!);
  }

  dispose(): void {
    this.observer?.disconnect();
    this.main.dispose();
    this.lane.dispose();
  }
}
