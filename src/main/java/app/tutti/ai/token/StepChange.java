package app.tutti.ai.token;

/** From grid step {@code step} on, something (the chord, the tempo, the meter) has {@code value}. */
public record StepChange<T>(int step, T value) {

    public StepChange {
        if (step < 0) {
            throw new IllegalArgumentException("a change cannot come before step 0: " + step);
        }
    }
}
