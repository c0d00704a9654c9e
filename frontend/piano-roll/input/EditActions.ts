import { AddNotesCommand } from '../commands/AddNotesCommand.js';
import { DeleteNotesCommand } from '../commands/DeleteNotesCommand.js';
import { MoveNotesCommand } from '../commands/MoveNotesCommand.js';
import { QuantizeNotesCommand } from '../commands/QuantizeNotesCommand.js';
import type { Note } from '../model/Note.js';
import { newId } from '../model/newId.js';
import type { QuantizeSettings } from '../model/Quantizer.js';
import { clampShift, span } from '../model/Selection.js';
import type { RollContext } from './Gesture.js';

/** The edits the keyboard (and later menus) can make on the selection. */
export class EditActions {
  constructor(private readonly ctx: RollContext) {}

  selected(): Note[] {
    const { doc, view } = this.ctx;
    return [...view.selection].map((id) => doc.get(id)).filter((n): n is Note => !!n);
  }

  /** The selection, or every note of the active track when nothing is selected. */
  selectedOrTrack(): Note[] {
    const { doc, view } = this.ctx;
    return view.selection.size > 0 ? this.selected() : doc.all().filter((n) => view.isActive(n));
  }

  quantize(settings: QuantizeSettings): void {
    const command = QuantizeNotesCommand.of(this.selectedOrTrack(), this.ctx.view.quantizer, settings);
    if (command.changes.length > 0) this.ctx.bus.execute(command);
  }

  selectAll(): void {
    const { doc, view } = this.ctx;
    view.select(doc.all().filter((n) => view.isActive(n)).map((n) => n.id));
  }

  deleteSelection(): void {
    const notes = this.selected();
    if (notes.length === 0) return;
    this.ctx.bus.execute(new DeleteNotesCommand(notes));
    this.ctx.view.select([]);
  }

  /** Moves the selection by ticks and semitones, as far as the edges of the roll allow. */
  shift(dTick: number, dPitch: number): void {
    const notes = this.selected();
    if (notes.length === 0) return;
    const shift = clampShift(notes, dTick, dPitch);
    if (shift.dTick === 0 && shift.dPitch === 0) return;
    this.ctx.bus.execute(MoveNotesCommand.by(notes, shift.dTick, shift.dPitch));
  }

  /** Copies the selection to just after its own end and selects the copy. */
  duplicate(): void {
    const notes = this.selected();
    if (notes.length === 0) return;
    const { start, end } = span(notes);
    this.add(notes, end - start);
  }

  copy(): void {
    this.ctx.view.clipboard = this.selected().map((n) => ({ ...n }));
  }

  cut(): void {
    this.copy();
    this.deleteSelection();
  }

  /** Pastes onto the active track with the first copied note at the playhead. */
  paste(): void {
    const { view } = this.ctx;
    if (view.clipboard.length === 0) return;
    const { start } = span(view.clipboard);
    this.add(view.clipboard, view.playhead - start);
  }

  private add(notes: Note[], dTick: number): void {
    const { view, bus } = this.ctx;
    const copies = notes.map((n) => ({ ...n, id: newId(), trackId: view.activeTrackId, start: n.start + dTick }));
    bus.execute(new AddNotesCommand(copies));
    view.select(copies.map((n) => n.id));
  }
}
