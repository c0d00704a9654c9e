import * as Tone from 'tone';
import type { Meter } from '../model/Meter.js';

/** A click on every beat, higher on the first beat of a bar, scheduled on the transport. */
export class Metronome {
  enabled = false;
  private readonly click: Tone.Synth;
  private eventId = -1;

  constructor(private readonly transport: ReturnType<typeof Tone.getTransport>, output: Tone.InputNode) {
    this.click = new Tone.Synth({ oscillator: { type: 'square' },
      envelope: { attack: 0.001, decay: 0.04, sustain: 0, release: 0.01 } });
    this.click.volume.value = -12;
    this.click.connect(output);
  }

  /** (Re)schedules the beats for `meter`; the clicks sound only while enabled. */
  schedule(meter: Meter): void {
    this.transport.clear(this.eventId);
    this.eventId = this.transport.scheduleRepeat((time) => {
      if (!this.enabled) return;
      const tick = Math.round(this.transport.getTicksAtTime(time));
      const downbeat = tick % meter.ticksPerBar < meter.ticksPerBeat / 2;
      this.click.triggerAttackRelease(downbeat ? 'C6' : 'G5', 0.03, time, downbeat ? 0.9 : 0.5);
    }, `${meter.ticksPerBeat}i`, 0);
  }
}
