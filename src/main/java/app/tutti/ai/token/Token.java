package app.tutti.ai.token;

import java.util.Optional;

/** One vocabulary entry: its type and argument (empty for bare tokens such as {@code Bar}). */
public record Token(TokenType type, String argument) {

    public Token {
        if (!type.takes(argument)) {
            throw new IllegalArgumentException(type + " does not take the argument '" + argument + "'");
        }
    }

    public static Token of(TokenType type, int number) {
        return new Token(type, Integer.toString(number));
    }

    /** The name written in vocabulary files, for example {@code Pitch_60} or {@code Bar}. */
    public String name() {
        return argument.isEmpty() ? type.prefix() : type.prefix() + "_" + argument;
    }

    /** The argument of a numeric token such as {@code Pitch_60}. */
    public int number() {
        return Integer.parseInt(argument);
    }

    /** The token with this name, if it is one; the argument is everything after the first underscore. */
    public static Optional<Token> parse(String name) {
        int underscore = name.indexOf('_');
        String prefix = underscore < 0 ? name : name.substring(0, underscore);
        String argument = underscore < 0 ? "" : name.substring(underscore + 1);
        for (TokenType type : TokenType.values()) {
            if (type.prefix().equals(prefix) && type.takes(argument)) {
                return Optional.of(new Token(type, argument));
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return name();
    }
}
