import type { EditActions } from './EditActions.js';
import type { RollContext } from './Gesture.js';

const SCROLL_STEP = 60;

/** Single keys without Ctrl for actions that live outside the editing code (playback, dialogs). */
export interface KeyMap {
  /** Keys that work without edit rights, e.g. `' '` for Space. */
  view: Record<string, () => void>;
  edit: Record<string, () => void>;
}

/** Maps keys to actions; the help overlay lists the same keys. Ctrl means Cmd on a Mac. */
export class KeyboardShortcuts {
  constructor(private readonly ctx: RollContext, private readonly actions: EditActions,
    private readonly toggleHelp: (open?: boolean) => void, private readonly keys: KeyMap) {}

  handle(e: KeyboardEvent): void {
    const origin = e.composedPath()[0] as HTMLElement | undefined;
    if (origin?.closest?.('select, input, form')) return;
    if (origin?.closest?.('button') && (e.key === ' ' || e.key === 'Enter')) return;
    const handled = this.mapped(e) || this.viewKey(e) || (this.ctx.view.editable && this.editKey(e));
    if (handled) e.preventDefault();
  }

  private mapped(e: KeyboardEvent): boolean {
    if (e.ctrlKey || e.metaKey || e.altKey || e.repeat) return false;
    const key = e.key.toLowerCase();
    const action = this.keys.view[key] ?? (this.ctx.view.editable ? this.keys.edit[key] : undefined);
    action?.();
    return !!action;
  }

  /** Keys that work without edit rights. */
  private viewKey(e: KeyboardEvent): boolean {
    const { view } = this.ctx;
    const mod = e.ctrlKey || e.metaKey;
    const key = e.key.toLowerCase();
    if (e.key === '?') this.toggleHelp();
    else if (e.key === 'Escape') { this.toggleHelp(false); view.select([]); }
    else if (mod && key === 'a') this.actions.selectAll();
    else if (mod && key === 'c') this.actions.copy();
    else if (!mod && key === 'p') { view.tool = 'pencil'; view.changed(); }
    else if (!mod && key === 'v') { view.tool = 'select'; view.changed(); }
    else if (e.key.startsWith('Arrow') && (view.selection.size === 0 || !view.editable)) this.scroll(e.key);
    else return false;
    return true;
  }

  private editKey(e: KeyboardEvent): boolean {
    const mod = e.ctrlKey || e.metaKey;
    const key = e.key.toLowerCase();
    const a = this.actions;
    const step = this.ctx.view.quantizer.step;
    if (e.key === 'Delete' || e.key === 'Backspace') a.deleteSelection();
    else if (e.key === 'ArrowUp') a.shift(0, e.shiftKey ? 12 : 1);
    else if (e.key === 'ArrowDown') a.shift(0, e.shiftKey ? -12 : -1);
    else if (e.key === 'ArrowRight') a.shift(step, 0);
    else if (e.key === 'ArrowLeft') a.shift(-step, 0);
    else if (mod && key === 'd') a.duplicate();
    else if (mod && key === 'x') a.cut();
    else if (mod && key === 'v') a.paste();
    else if ((mod && key === 'z' && e.shiftKey) || (mod && key === 'y')) this.ctx.bus.redo();
    else if (mod && key === 'z') this.ctx.bus.undo();
    else return false;
    return true;
  }

  private scroll(key: string): void {
    const dx = key === 'ArrowRight' ? SCROLL_STEP : key === 'ArrowLeft' ? -SCROLL_STEP : 0;
    const dy = key === 'ArrowDown' ? SCROLL_STEP : key === 'ArrowUp' ? -SCROLL_STEP : 0;
    this.ctx.view.scrollBy(dx, dy);
  }
}
