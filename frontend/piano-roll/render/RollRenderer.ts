import type { RollDocument } from '../state/RollDocument.js';
import { KEYBOARD_WIDTH, RULER_HEIGHT, type RollView } from '../state/RollView.js';
import type { Layer, Scene } from './Layer.js';

/**
 * Draws the layers in a fixed order on one canvas, at most once per animation frame, sharp on any
 * screen. The roll has two: the note area and the velocity lane below it.
 */
export class RollRenderer {
  private frame = 0;
  private dpr = 1;
  private width = 0;
  private height = 0;

  constructor(
    private readonly canvas: HTMLCanvasElement,
    private readonly doc: RollDocument,
    private readonly view: RollView,
    private readonly layers: Layer[],
  ) {}

  requestDraw(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  }

  resize(width: number, height: number): void {
    this.dpr = window.devicePixelRatio || 1;
    this.canvas.width = Math.round(width * this.dpr);
    this.canvas.height = Math.round(height * this.dpr);
    this.canvas.style.width = `${width}px`;
    this.canvas.style.height = `${height}px`;
    this.width = width;
    this.height = height;
    this.requestDraw();
  }

  dispose(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  private draw(): void {
    const ctx = this.canvas.getContext('2d');
    if (!ctx || this.width === 0) return;
    ctx.setTransform(this.dpr, 0, 0, this.dpr, 0, 0);
    ctx.clearRect(0, 0, this.width, this.height);
    const scene = this.scene();
    for (const layer of this.layers) {
      ctx.save();
      layer.draw(ctx, scene);
      ctx.restore();
    }
  }

  private scene(): Scene {
    const t = this.view.transform;
    return {
      doc: this.doc,
      view: this.view,
      t,
      height: this.height,
      fromTick: t.tick(KEYBOARD_WIDTH),
      toTick: t.tick(this.view.width),
      lowPitch: Math.max(0, t.pitch(this.view.height)),
      highPitch: Math.min(127, t.pitch(RULER_HEIGHT)),
    };
  }
}
