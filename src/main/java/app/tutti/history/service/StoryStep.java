package app.tutti.history.service;

import java.time.Instant;

/** One operation in a note's story: when, by whom, and what it did to the note ("moved", "created"). */
public record StoryStep(long seq, Instant at, String authorName, String action) {
}
