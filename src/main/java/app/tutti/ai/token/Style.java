package app.tutti.ai.token;

/** The kind of music a sequence comes from; the model is asked for one by its first control token. */
public enum Style {
    POP("pop"), CHORALE("chorale");

    private final String tokenArgument;

    Style(String tokenArgument) {
        this.tokenArgument = tokenArgument;
    }

    public String tokenArgument() {
        return tokenArgument;
    }
}
