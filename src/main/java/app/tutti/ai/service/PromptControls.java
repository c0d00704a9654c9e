package app.tutti.ai.service;

import app.tutti.ai.domain.GenerationParameters;
import app.tutti.ai.token.PitchClass;
import app.tutti.ai.token.SongControls;
import app.tutti.ai.token.Style;
import app.tutti.composition.domain.MusicalKey;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The control tokens a user may set for a generation; each one left null is taken from the
 * project (key, tempo) or measured from the prompt (density, 0 sparse to 7 dense), style pop.
 */
public record PromptControls(@Nullable Style style, @Nullable Integer density, @Nullable MusicalKey key,
        @Nullable Double tempoBpm) {

    public static final PromptControls FROM_PROJECT = new PromptControls(null, null, null, null);

    /** The controls an earlier generation was given, so a regenerate asks the same. */
    public static PromptControls recorded(GenerationParameters parameters) {
        Style style = Style.valueOf(parameters.style().toUpperCase(Locale.ROOT));
        String[] key = parameters.key().split("_");
        MusicalKey musicalKey = key.length != 2 ? null : PitchClass.parse(key[0])
                .map(tonic -> new MusicalKey(tonic.ordinal(), key[1].equals("minor") ? MusicalKey.Mode.MINOR
                        : MusicalKey.Mode.MAJOR))
                .orElse(null);
        return new PromptControls(style, parameters.density(), musicalKey, parameters.tempoBpm());
    }

    public PromptControls {
        if (density != null && (density < 0 || density >= SongControls.DENSITY_BUCKETS)) {
            throw new app.tutti.base.domain.InvalidInputException("Density must be 0 (sparse) to "
                    + (SongControls.DENSITY_BUCKETS - 1) + " (dense).");
        }
        if (tempoBpm != null && !(tempoBpm >= 20 && tempoBpm <= 400)) {
            throw new app.tutti.base.domain.InvalidInputException("Tempo must be between 20 and 400 BPM.");
        }
    }
}
