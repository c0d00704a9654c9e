package app.tutti.ai.translate;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import app.tutti.ai.model.Checkpoint;
import app.tutti.ai.model.CheckpointDirectory;
import app.tutti.ai.model.ModelConfig;
import app.tutti.ai.model.MusicModel;
import app.tutti.ai.model.MusicTransformerBlock;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratorTest {

    private static final ModelConfig CONFIG = new ModelConfig(10, 32, 2, 2, 64, 16, 0f);

    @TempDir
    Path directory;

    private MusicModel model;

    @BeforeEach
    void saveRandomModel() throws IOException {
        Engine.getInstance().setRandomSeed(11);
        try (NDManager manager = NDManager.newBaseManager()) {
            MusicTransformerBlock block = new MusicTransformerBlock(CONFIG);
            block.initialize(manager, DataType.FLOAT32, new Shape(1, 4));
            new CheckpointDirectory(directory).save(block, new Checkpoint(CONFIG, 1, 1, Double.NaN,
                    CheckpointDirectory.parametersFileFor(1), null));
        }
        model = MusicModel.load(directory);
    }

    @AfterEach
    void closeModel() {
        model.close();
    }

    @Test
    void greedy_generation_with_the_cache_equals_greedy_full_recompute() {
        int[] prompt = {3, 1, 4};
        int[] generated = new Generator(model).continueGreedily(prompt, 10);
        assertThat(generated).containsExactly(greedyByRecompute(prompt, 10));
    }

    @Test
    void generation_goes_on_past_the_context() {
        int[] generated = new Generator(model).continuePrompt(new int[] {1, 2}, 40,
                new Sampler(new SamplingSettings(1, 0, 1, 0), 3), TokenConstraint.NONE, GenerationCallback.CONTINUE);
        assertThat(generated).hasSize(40);
        assertThat(java.util.stream.IntStream.of(generated)).allMatch(t -> t >= 0 && t < CONFIG.vocabSize());
    }

    @Test
    void a_long_prompt_is_cut_to_its_last_context_tokens() {
        int[] prompt = new int[50];
        assertThat(new Generator(model).continueGreedily(prompt, 3)).hasSize(3);
    }

    @Test
    void the_callback_sees_every_token_and_can_stop_generation() {
        List<Integer> seen = new ArrayList<>();
        int[] generated = new Generator(model).continuePrompt(new int[] {5}, 20, new Sampler(SamplingSettings.GREEDY, 0),
                TokenConstraint.NONE, (token, count) -> {
                    seen.add(token);
                    return count < 3;
                });
        assertThat(generated).hasSize(3);
        assertThat(seen).containsExactly(generated[0], generated[1], generated[2]);
    }

    @Test
    void the_constraint_decides_what_may_follow() {
        TokenConstraint onlySeven = (history, logits) -> {
            for (int token = 0; token < logits.length; token++) {
                if (token != 7) {
                    logits[token] = Float.NEGATIVE_INFINITY;
                }
            }
        };
        int[] generated = new Generator(model).continuePrompt(new int[] {1}, 5,
                new Sampler(new SamplingSettings(1, 0, 1, 0), 1), onlySeven, GenerationCallback.CONTINUE);
        assertThat(generated).containsOnly(7);
    }

    @Test
    void the_same_seed_gives_the_same_continuation() {
        SamplingSettings settings = new SamplingSettings(1.0f, 5, 0.95f, 0.02f);
        Generator generator = new Generator(model);
        int[] first = generator.continuePrompt(new int[] {2}, 12, new Sampler(settings, 8), TokenConstraint.NONE,
                GenerationCallback.CONTINUE);
        int[] second = generator.continuePrompt(new int[] {2}, 12, new Sampler(settings, 8), TokenConstraint.NONE,
                GenerationCallback.CONTINUE);
        assertThat(second).containsExactly(first);
    }

    private int[] greedyByRecompute(int[] prompt, int count) {
        List<Long> tokens = new ArrayList<>();
        for (int token : prompt) {
            tokens.add((long) token);
        }
        int[] out = new int[count];
        try (NDManager manager = model.newManager()) {
            for (int i = 0; i < count; i++) {
                long[] ids = tokens.stream().mapToLong(Long::longValue).toArray();
                NDList logits = model.forward(new NDList(manager.create(ids, new Shape(1, ids.length))));
                out[i] = Sampler.argmax(logits.get(0).get(new NDIndex("0, -1")).toFloatArray());
                tokens.add((long) out[i]);
            }
        }
        return out;
    }
}
