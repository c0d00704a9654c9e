package app.tutti.ai.service;

import app.tutti.ai.domain.ClosestExcerpt;
import app.tutti.ai.domain.Generation;
import app.tutti.ai.provenance.OriginalityGate;
import app.tutti.ai.provenance.ProvenanceIndex;
import app.tutti.ai.provenance.ProvenanceMatch;
import app.tutti.ai.token.GridNote;
import app.tutti.ai.token.Quantizer;
import app.tutti.composition.domain.Note;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where a proposal comes from: its notes on the model's grid (the prompt's quantization, {@link
 * ProjectGrid}) looked up in the shipped {@link ProvenanceIndex} through the {@link OriginalityGate}.
 */
@Component
class ProposalProvenance {

    private final ProvenanceIndex index;
    private final OriginalityGate gate;

    ProposalProvenance(ProvenanceIndex index,
            @Value("${tutti.ai.originality-threshold:" + OriginalityGate.DEFAULT_THRESHOLD + "}") double threshold) {
        this.index = index;
        this.gate = new OriginalityGate(index, threshold);
    }

    OriginalityGate.Verdict check(Generation generation, ProjectGrid grid) {
        return gate.check(grid.bars(generation.proposedNotes(), generation.promptToBar(),
                generation.parameters().bars()));
    }

    static List<ClosestExcerpt> stored(OriginalityGate.Verdict verdict) {
        return verdict.closest().stream().map(ProposalProvenance::stored).toList();
    }

    private static ClosestExcerpt stored(ProvenanceMatch match) {
        return new ClosestExcerpt(match.source().title(), match.firstBar(), match.lastBar(), match.similarity(),
                match.source().credit());
    }

    /**
     * The notes of the {@code rank}-th closest excerpt (from 0), placed where the proposal starts on
     * its track, to hear beside it. Empty if there is no such excerpt.
     */
    List<Note> excerpt(Generation generation, ProjectGrid grid, int rank) {
        List<ProvenanceMatch> closest = check(generation, grid).closest();
        if (rank < 0 || rank >= closest.size()) {
            return List.of();
        }
        double ticksPerStep = grid.project().ticksPerQuarter() / (double) Quantizer.STEPS_PER_QUARTER;
        long barStart = Math.round((long) generation.promptToBar() * stepsPerBar(grid) * ticksPerStep);
        return index.excerpt(closest.get(rank)).stream().map(note -> toNote(note, generation.trackId(), barStart,
                ticksPerStep)).toList();
    }

    private static int stepsPerBar(ProjectGrid grid) {
        var signature = grid.project().details().timeSignature();
        return signature.beatsPerBar() * 16 / signature.beatUnit();
    }

    private static Note toNote(GridNote note, UUID track, long barStart, double ticksPerStep) {
        return new Note(UUID.randomUUID(), track, note.pitch(), barStart + Math.round(note.startStep() * ticksPerStep),
                Math.max(1, Math.round(note.durationSteps() * ticksPerStep)), 90);
    }
}
