package app.tutti.classroom.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tutti.base.domain.InvalidInputException;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JoinCodeTest {

    @Test
    void random_codes_have_six_characters_without_look_alikes() {
        Random random = new Random(7);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String code = JoinCode.random(random).value();
            assertThat(code).hasSize(6).doesNotContainPattern("[01OIL]");
            seen.add(code);
        }
        assertThat(seen).hasSizeGreaterThan(990);
    }

    @Test
    void typed_codes_ignore_case_spaces_and_dashes() {
        assertThat(JoinCode.parse(" abc-2 34 ").value()).isEqualTo("ABC234");
    }

    @Test
    void codes_with_ambiguous_or_missing_characters_are_rejected() {
        assertThatThrownBy(() -> JoinCode.parse("ABC10O")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> JoinCode.parse("ABC")).isInstanceOf(InvalidInputException.class);
    }
}
