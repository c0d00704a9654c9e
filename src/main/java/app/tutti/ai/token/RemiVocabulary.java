package app.tutti.ai.token;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The token list: token id {@code i} is the {@code i}th token. {@link #standard()} is the list of
 * {@link #VERSION}, built from {@link TokenType} in declaration order, so ids are the same in every
 * run. A vocabulary is saved as a text file ({@code #} comment lines first, then one token name per
 * line), so that a model checkpoint can carry the vocabulary it was trained with.
 */
public final class RemiVocabulary {

    public static final String VERSION = "remi-v1";

    private final List<Token> tokens;
    private final Map<Token, Integer> ids = new HashMap<>();
    private final Map<TokenType, int[]> idsByNumber = new EnumMap<>(TokenType.class);
    private final int[] numbers;

    private RemiVocabulary(List<Token> tokens) {
        this.tokens = List.copyOf(tokens);
        this.numbers = new int[tokens.size()];
        for (int id = 0; id < tokens.size(); id++) {
            Token token = tokens.get(id);
            if (ids.putIfAbsent(token, id) != null) {
                throw new IllegalArgumentException("token " + token + " appears twice");
            }
            numbers[id] = token.type().numeric() ? token.number() : -1;
            if (token.type().numeric()) {
                int[] byNumber = idsByNumber.computeIfAbsent(token.type(), type -> filled(type));
                byNumber[token.number()] = id;
            }
        }
    }

    public static RemiVocabulary standard() {
        return new RemiVocabulary(Arrays.stream(TokenType.values()).flatMap(type -> type.tokens().stream()).toList());
    }

    public static RemiVocabulary of(List<Token> tokens) {
        return new RemiVocabulary(tokens);
    }

    public int size() {
        return tokens.size();
    }

    public List<Token> tokens() {
        return tokens;
    }

    public boolean contains(int id) {
        return id >= 0 && id < tokens.size();
    }

    public Token token(int id) {
        return tokens.get(id);
    }

    /** The number of a numeric token ({@code 60} for {@code Pitch_60}); -1 for other tokens. */
    public int number(int id) {
        return numbers[id];
    }

    public OptionalInt find(Token token) {
        Integer id = ids.get(token);
        return id == null ? OptionalInt.empty() : OptionalInt.of(id);
    }

    /** The id of {@code token}; a vocabulary without it cannot encode the song at hand. */
    public int id(Token token) {
        Integer id = ids.get(token);
        if (id == null) {
            throw new IllegalArgumentException("the vocabulary has no token " + token);
        }
        return id;
    }

    public int id(TokenType type) {
        return id(new Token(type, ""));
    }

    public int id(TokenType type, int number) {
        int[] byNumber = idsByNumber.get(type);
        int id = byNumber != null && number >= 0 && number < byNumber.length ? byNumber[number] : -1;
        return id >= 0 ? id : id(Token.of(type, number));
    }

    public void writeTo(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("# Tutti REMI vocabulary " + VERSION + ": " + size() + " tokens, the id of each is its line number"
                + " counted from 0 after these comments");
        tokens.forEach(token -> lines.add(token.name()));
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    /** Reads a file written by {@link #writeTo}; every line after the comments must name a known token. */
    public static RemiVocabulary readFrom(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        int first = 0;
        while (first < lines.size() && lines.get(first).startsWith("#")) {
            first++;
        }
        List<Token> tokens = new ArrayList<>();
        for (int index = first; index < lines.size(); index++) {
            String name = lines.get(index).strip();
            int line = index + 1;
            tokens.add(Token.parse(name).orElseThrow(
                    () -> new IOException(file + " line " + line + ": unknown token '" + name + "'")));
        }
        return new RemiVocabulary(tokens);
    }

    private static int[] filled(TokenType type) {
        int[] byNumber = new int[type.arguments().stream().mapToInt(Integer::parseInt).max().orElse(0) + 1];
        Arrays.fill(byNumber, -1);
        return byNumber;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RemiVocabulary vocabulary && vocabulary.tokens.equals(tokens);
    }

    @Override
    public int hashCode() {
        return tokens.hashCode();
    }
}
