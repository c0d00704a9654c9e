package app.tutti.composition.domain;

import app.tutti.base.domain.InvalidInputException;

/** From {@code tick} on, the project plays at {@code bpm} quarter notes per minute. */
public record TempoPoint(long tick, double bpm) {

    public TempoPoint {
        if (tick < 0) {
            throw new InvalidInputException("A tempo change cannot come before the start of the song.");
        }
        if (!(bpm >= ProjectDetails.MIN_TEMPO && bpm <= ProjectDetails.MAX_TEMPO)) {
            throw new InvalidInputException("Tempo must be between 20 and 400 BPM.");
        }
    }
}
