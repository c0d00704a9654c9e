import type { Track } from '../model/Track.js';

/**
 * Who is heard, and how loud: a muted track never plays; when any track is solo, only the solo
 * tracks play. Volume 0–127 becomes gain (volume/127)², the curve General MIDI gives for CC 7.
 */
export class TrackMixer {
  private byId = new Map<string, Track>();
  private anySolo = false;

  update(tracks: Track[]): void {
    this.byId = new Map(tracks.map((t) => [t.id, t]));
    this.anySolo = tracks.some((t) => t.solo);
  }

  track(id: string): Track | undefined {
    return this.byId.get(id);
  }

  /** 0 for a silent track, else a factor up to 1; a track the roll does not know plays at full gain. */
  gain(trackId: string): number {
    const track = this.byId.get(trackId);
    if (!track) return this.anySolo ? 0 : 1;
    if (track.muted || (this.anySolo && !track.solo)) return 0;
    const v = track.volume / 127;
    return v * v;
  }
}
