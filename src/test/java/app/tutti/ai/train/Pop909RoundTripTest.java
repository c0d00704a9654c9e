package app.tutti.ai.train;

import static org.assertj.core.api.Assertions.assertThat;

import app.tutti.ai.token.GridNote;
import app.tutti.ai.token.GridSong;
import app.tutti.ai.token.RemiTokenizer;
import app.tutti.ai.token.RemiVocabulary;
import app.tutti.testsupport.SharedData;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tokenizer's promise, checked on every POP909 training song: once a song is on the grid,
 * encoding and decoding it changes nothing. What quantizing itself gives up (times rounded to
 * sixteenths, notes cut at 32 sixteenths, a second note with the same track, pitch and start
 * merged) happens before this point; the cut notes are counted here so that loss stays visible.
 */
class Pop909RoundTripTest {

    private static final Logger log = LoggerFactory.getLogger(Pop909RoundTripTest.class);

    private final RemiTokenizer tokenizer = new RemiTokenizer(RemiVocabulary.standard());

    @Test
    void every_training_song_decodes_to_exactly_the_quantized_song() {
        SharedData data = SharedData.require("pop909");
        List<GridSong> songs = Pop909Dataset.builder().dataDir(data.root()).split(DataSplit.TRAIN).build().songs();
        long tokens = 0;
        long notes = 0;
        long notesAtTheCap = 0;

        for (int index = 0; index < songs.size(); index++) {
            GridSong song = songs.get(index);
            List<Integer> ids = tokenizer.encode(song);

            assertThat(tokenizer.decode(ids)).as("song %03d", index + 1).isEqualTo(song);
            tokens += ids.size();
            notes += song.notes().size();
            notesAtTheCap += song.notes().stream().filter(n -> n.durationSteps() == GridNote.MAX_DURATION).count();
        }

        assertThat(songs).hasSize(809);
        assertThat(notesAtTheCap).as("notes possibly cut at the cap").isLessThan(notes / 1000);
        log.info("{} songs, {} tokens ({} per song), {} notes, {} at the {}-step cap", songs.size(), tokens,
                tokens / songs.size(), notes, notesAtTheCap, GridNote.MAX_DURATION);
    }
}
