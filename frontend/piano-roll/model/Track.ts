/** One track as the Java record `Track` is written in JSON: instrument and mixer settings. */
export interface Track {
  id: string;
  name: string;
  color: string;
  /** General MIDI program 0–127. */
  program: number;
  /** MIDI channel 0–15; channel 9 (the tenth) is drums. */
  channel: number;
  /** 0–127, like MIDI CC 7. */
  volume: number;
  muted: boolean;
  solo: boolean;
}
