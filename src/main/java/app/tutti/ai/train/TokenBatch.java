package app.tutti.ai.train;

/**
 * {@code rows} windows of {@code length} tokens, row after row: {@code labels[i]} is the token
 * that follows {@code inputs[i]}.
 */
record TokenBatch(int rows, int length, long[] inputs, long[] labels) {

    TokenBatch {
        if (inputs.length != (long) rows * length || labels.length != inputs.length) {
            throw new IllegalArgumentException("inputs and labels must hold rows * length tokens");
        }
    }

    long tokens() {
        return inputs.length;
    }
}
