package app.tutti.ai.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class NGramBaselineTest {

    private static final int VOCABULARY = 12;
    private static final int BOS = 1;
    private static final int EOS = 2;

    private final List<List<Integer>> training = melodies(new Random(1), 40);
    private final NGramBaseline model = NGramBaseline.train(4, VOCABULARY, training);

    @Test
    void probabilities_over_the_vocabulary_sum_to_one_in_seen_and_unseen_contexts() {
        for (List<Integer> context : List.of(List.<Integer>of(), List.of(BOS), List.of(BOS, 3, 4), List.of(11, 11, 11),
                List.of(5, 6, 7, 8, 9))) {
            double total = IntStream.range(0, VOCABULARY).mapToDouble(next -> Math.exp(model.logProb(context, next)))
                    .sum();
            assertThat(total).as("context %s", context).isCloseTo(1.0, within(1e-9));
        }
    }

    @Test
    void seen_sequences_are_likelier_than_the_same_tokens_shuffled() {
        Random random = new Random(2);
        for (List<Integer> sequence : training.subList(0, 10)) {
            List<Integer> shuffled = new ArrayList<>(sequence.subList(1, sequence.size()));
            Collections.shuffle(shuffled, random);
            shuffled.addFirst(BOS);

            assertThat(logProb(sequence)).isGreaterThan(logProb(shuffled));
        }
    }

    @Test
    void perplexity_on_new_sequences_is_finite_and_far_below_uniform() {
        double perplexity = model.perplexity(melodies(new Random(99), 10));

        assertThat(perplexity).isFinite().isGreaterThan(1).isLessThan(VOCABULARY / 2.0);
        assertThat(model.perplexity(training)).isLessThan(perplexity);
    }

    @Test
    void sampling_with_the_same_seed_gives_the_same_tokens() {
        List<Integer> first = model.sample(List.of(BOS), 200, EOS, new Random(5));
        List<Integer> again = model.sample(List.of(BOS), 200, EOS, new Random(5));
        List<Integer> other = model.sample(List.of(BOS), 200, EOS, new Random(6));

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
        assertThat(first).allMatch(token -> token >= 0 && token < VOCABULARY);
        assertThat(first.size() == 200 || first.getLast() == EOS).isTrue();
    }

    @Test
    void a_unigram_model_counts_tokens_and_ids_outside_the_vocabulary_are_rejected() {
        NGramBaseline unigram = NGramBaseline.train(1, 4, List.of(List.of(1, 3, 3, 3)));

        assertThat(Math.exp(unigram.logProb(List.of(), 3))).isGreaterThan(Math.exp(unigram.logProb(List.of(), 0)));
        assertThatThrownBy(() -> NGramBaseline.train(2, 4, List.of(List.of(1, 4))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private double logProb(List<Integer> sequence) {
        double sum = 0;
        for (int position = 1; position < sequence.size(); position++) {
            sum += model.logProb(sequence.subList(0, position), sequence.get(position));
        }
        return sum;
    }

    /** BOS, then a walk up and down a scale of ids 3..11 in steps of one, then EOS. */
    private static List<List<Integer>> melodies(Random random, int count) {
        List<List<Integer>> melodies = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<Integer> melody = new ArrayList<>(List.of(BOS));
            int note = 3 + random.nextInt(9);
            for (int length = 20 + random.nextInt(20); length > 0; length--) {
                melody.add(note);
                note = Math.max(3, Math.min(11, note + (random.nextBoolean() ? 1 : -1)));
            }
            melody.add(EOS);
            melodies.add(melody);
        }
        return melodies;
    }
}
