package app.tutti.ai.worker;

/** The life of an inference request; the last four are final. */
public enum InferenceState {
    QUEUED, RUNNING, DONE, FAILED, CANCELLED, TIMED_OUT;

    public boolean finished() {
        return this != QUEUED && this != RUNNING;
    }
}
