package app.tutti.ai.train;

/** The fixed parts of each data set: train on one, tune on another, report on the last. */
public enum DataSplit {
    TRAIN, VALIDATION, TEST
}
