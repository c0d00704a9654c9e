package app.tutti.classroom.domain;

import app.tutti.base.domain.InvalidInputException;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * The short code students type to join a class: six characters from an alphabet without look-alikes
 * (no 0/O, 1/I/L), read aloud or copied from a board without mistakes.
 */
public record JoinCode(String value) {

    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    public static final int LENGTH = 6;

    public JoinCode {
        if (value.length() != LENGTH || !value.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            throw new InvalidInputException("A join code has " + LENGTH + " letters and digits.");
        }
    }

    public static JoinCode random(RandomGenerator random) {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new JoinCode(code.toString());
    }

    /** Reads what a student typed: case, spaces and dashes do not matter. */
    public static JoinCode parse(String typed) {
        return new JoinCode(typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", ""));
    }

    @Override
    public String toString() {
        return value;
    }
}
