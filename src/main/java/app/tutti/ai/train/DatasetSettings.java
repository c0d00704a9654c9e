package app.tutti.ai.train;

import java.nio.file.Path;

/** What a {@link DatasetBuilder} was told: data folder, split, song limit and transposition range. */
record DatasetSettings(Path dataDir, DataSplit split, int limit, int maxTransposition) {
}
