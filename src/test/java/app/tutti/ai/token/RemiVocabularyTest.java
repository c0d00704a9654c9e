package app.tutti.ai.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RemiVocabularyTest {

    private final RemiVocabulary vocabulary = RemiVocabulary.standard();

    @TempDir
    Path folder;

    @Test
    void the_standard_vocabulary_has_408_tokens_whose_ids_never_change() {
        assertThat(vocabulary.size()).isEqualTo(408);
        assertThat(vocabulary.id(TokenType.PAD)).isZero();
        assertThat(vocabulary.id(TokenType.BOS)).isEqualTo(1);
        assertThat(vocabulary.id(TokenType.EOS)).isEqualTo(2);
        assertThat(vocabulary.id(new Token(TokenType.STYLE, "chorale"))).isEqualTo(4);
        assertThat(vocabulary.id(new Token(TokenType.KEY, "unknown"))).isEqualTo(37);
        assertThat(vocabulary.id(TokenType.BAR)).isEqualTo(46);
        assertThat(vocabulary.id(new Token(TokenType.CHORD, "N"))).isEqualTo(243);
        assertThat(vocabulary.id(TokenType.PITCH, 60)).isEqualTo(319);
        assertThat(vocabulary.id(TokenType.DURATION, 32)).isEqualTo(407);
    }

    @Test
    void every_token_name_reads_back_as_the_same_token() {
        for (Token token : vocabulary.tokens()) {
            assertThat(Token.parse(token.name())).contains(token);
        }
        assertThat(Token.parse("Pitch_20")).isEmpty();
        assertThat(Token.parse("Bar_1")).isEmpty();
        assertThat(Token.parse("Chord_C#_maj7")).contains(new Token(TokenType.CHORD, "C#_maj7"));
    }

    @Test
    void a_saved_vocabulary_reads_back_equal_one_token_per_line() throws IOException {
        Path file = folder.resolve("vocabulary.txt");

        vocabulary.writeTo(file);

        List<String> lines = Files.readAllLines(file);
        assertThat(lines.getFirst()).startsWith("# Tutti REMI vocabulary remi-v1");
        assertThat(lines.subList(1, 6)).containsExactly("PAD", "BOS", "EOS", "Style_pop", "Style_chorale");
        assertThat(lines).hasSize(409).contains("Key_F#_minor", "Chord_Bb_hdim7", "Position_31", "Tempo_0");
        assertThat(RemiVocabulary.readFrom(file)).isEqualTo(vocabulary);
    }

    @Test
    void a_file_with_an_unknown_token_is_rejected_naming_the_line() throws IOException {
        Path file = folder.resolve("bad.txt");
        Files.write(file, List.of("# comment", "PAD", "Pitch_200"));

        assertThatThrownBy(() -> RemiVocabulary.readFrom(file))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("line 3")
                .hasMessageContaining("Pitch_200");
    }

    @Test
    void a_token_cannot_appear_twice() {
        Token bar = new Token(TokenType.BAR, "");

        assertThatThrownBy(() -> RemiVocabulary.of(List.of(bar, bar))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_vocabulary_in_another_order_tokenizes_the_same_music() {
        List<Token> shuffled = new ArrayList<>(vocabulary.tokens());
        Collections.shuffle(shuffled, new Random(3));
        RemiTokenizer tokenizer = new RemiTokenizer(RemiVocabulary.of(shuffled));
        GridSong song = SmallSongs.twoBarsOfPop();

        List<Integer> ids = tokenizer.encode(song);

        assertThat(ids).isNotEqualTo(new RemiTokenizer(vocabulary).encode(song));
        assertThat(tokenizer.decode(ids)).isEqualTo(song);
    }
}
