package app.tutti.ai.domain;

/** Which model wrote a generation: its name and an exact version (checkpoint step and weights hash). */
public record ModelIdentity(String name, String version) {

    @Override
    public String toString() {
        return name + " " + version;
    }
}
