package app.tutti.ai.translate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SamplerTest {

    private static final float[] LOGITS = {1.0f, 3.0f, 2.5f, -1.0f, 0.0f};

    @Test
    void temperature_zero_is_argmax() {
        Sampler sampler = new Sampler(new SamplingSettings(0, 0, 1, 0), 1);
        assertThat(IntStream.range(0, 50).map(i -> sampler.sample(LOGITS))).containsOnly(1);
    }

    @Test
    void a_tiny_temperature_is_argmax_too() {
        Sampler sampler = new Sampler(new SamplingSettings(1e-3f, 0, 1, 0), 2);
        assertThat(IntStream.range(0, 50).map(i -> sampler.sample(LOGITS))).containsOnly(1);
    }

    @Test
    void top_k_of_one_is_argmax() {
        Sampler sampler = new Sampler(new SamplingSettings(1.5f, 1, 1, 0), 3);
        assertThat(IntStream.range(0, 50).map(i -> sampler.sample(LOGITS))).containsOnly(1);
    }

    @Test
    void top_k_keeps_the_k_most_likely() {
        double[] p = new Sampler(new SamplingSettings(1, 2, 1, 0), 0).distribution(LOGITS);
        assertThat(p[1]).isGreaterThan(p[2]).isGreaterThan(0);
        assertThat(p[0] + p[3] + p[4]).isZero();
    }

    @Test
    void top_p_keeps_the_smallest_set_that_reaches_p() {
        // softmax(LOGITS) ~ [0.075, 0.552, 0.335, 0.010, 0.028]: 0.552 < 0.8 <= 0.552 + 0.335
        double[] p = new Sampler(new SamplingSettings(1, 0, 0.8f, 0), 0).distribution(LOGITS);
        assertThat(p[1] + p[2]).isCloseTo(1.0, within(1e-9));
        assertThat(p[2]).isPositive();
        double[] justTheTop = new Sampler(new SamplingSettings(1, 0, 0.5f, 0), 0).distribution(LOGITS);
        assertThat(justTheTop[1]).isEqualTo(1.0);
    }

    @Test
    void min_p_drops_tokens_much_less_likely_than_the_best() {
        // relative to the best: token 0 is e^-2 ~ 0.135, token 2 e^-0.5 ~ 0.61, token 4 e^-3 ~ 0.05
        double[] p = new Sampler(new SamplingSettings(1, 0, 1, 0.1f), 0).distribution(LOGITS);
        assertThat(p[0]).isPositive();
        assertThat(p[2]).isPositive();
        assertThat(p[3] + p[4]).isZero();
        double[] strict = new Sampler(new SamplingSettings(1, 0, 1, 0.7f), 0).distribution(LOGITS);
        assertThat(strict[1]).isEqualTo(1.0);
    }

    @Test
    void the_same_seed_gives_the_same_samples() {
        SamplingSettings settings = new SamplingSettings(1.2f, 0, 1, 0);
        int[] first = IntStream.range(0, 200).map(i -> new Sampler(settings, new Random(9)).sample(LOGITS)).toArray();
        Sampler a = new Sampler(settings, 9);
        Sampler b = new Sampler(settings, 9);
        int[] fromA = IntStream.range(0, 200).map(i -> a.sample(LOGITS)).toArray();
        int[] fromB = IntStream.range(0, 200).map(i -> b.sample(LOGITS)).toArray();
        assertThat(fromA).isEqualTo(fromB);
        assertThat(IntStream.of(fromA).distinct().count()).isGreaterThan(2);
        assertThat(first).containsOnly(first[0]);
    }

    @Test
    void samples_follow_the_probabilities() {
        Sampler sampler = new Sampler(new SamplingSettings(1, 0, 1, 0), 5);
        long ones = IntStream.range(0, 10_000).map(i -> sampler.sample(LOGITS)).filter(t -> t == 1).count();
        assertThat(ones / 10_000.0).isCloseTo(0.552, within(0.02));
    }

    @Test
    void forbidden_tokens_are_never_sampled() {
        float[] logits = LOGITS.clone();
        TokenConstraint.forbid(1, 2).apply(new int[0], logits);
        Sampler sampler = new Sampler(new SamplingSettings(2, 0, 1, 0), 4);
        assertThat(IntStream.range(0, 500).map(i -> sampler.sample(logits))).doesNotContain(1, 2);
        assertThat(new Sampler(SamplingSettings.GREEDY, 0).sample(logits)).isEqualTo(0);
    }

    @Test
    void forbidding_every_token_fails_clearly() {
        float[] logits = LOGITS.clone();
        TokenConstraint.forbid(0, 1, 2, 3, 4).apply(new int[0], logits);
        assertThatThrownBy(() -> new Sampler(SamplingSettings.GREEDY, 0).sample(logits))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void settings_out_of_range_are_refused() {
        assertThatThrownBy(() -> new SamplingSettings(-1, 0, 1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SamplingSettings(1, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SamplingSettings(1, 0, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SamplingSettings(1, -1, 1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
