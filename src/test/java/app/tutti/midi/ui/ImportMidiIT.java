package app.tutti.midi.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.tutti.composition.service.ProjectService;
import app.tutti.midi.service.MidiImporter;
import app.tutti.testsupport.Browser;
import app.tutti.testsupport.BrowserTest;
import app.tutti.testsupport.SharedData;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** In real Chromium: upload a MIDI file on the Import page and find its notes in the editor. */
class ImportMidiIT extends BrowserTest {


    @Autowired
    MidiImporter importer;
    @Autowired
    ProjectService projects;

    Page page;
    String username;



    @BeforeEach
    void logIn() {
        username = users.register("importer");
        page = browser.newPage(1280, 800);
        logIn(page, username);
        page.navigate(url("/import"));
    }


    @Test
    void an_uploaded_pop909_song_opens_in_the_editor_with_all_its_notes() throws Exception {
        Path song = SharedData.require("pop909").pop909Song(3);
        int notes = importer.importFrom(Files.readAllBytes(song)).song().noteCount();

        page.setInputFiles("vaadin-upload input[type=file]", song);

        page.waitForURL(Pattern.compile(".*/projects/[0-9a-f-]{36}$"));
        assertThat(page.locator("tutti-piano-roll[data-ready]")).isVisible();
        page.waitForFunction("n => document.querySelector('tutti-piano-roll').noteCount === n", notes);
        assertThat(page.locator("h2")).containsText("003");
        page.click("#active-track");
        page.click("vaadin-select-item:has-text('PIANO')");
        page.keyboard().press("c");
        Browser.screenshot(page, "editor-pop909");
    }

    @Test
    void a_file_that_is_not_midi_gets_a_clear_message_and_creates_nothing(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path fake = dir.resolve("song.mid");
        Files.writeString(fake, "RIFF....WAVEfmt this is a wave file, not MIDI");

        page.setInputFiles("vaadin-upload input[type=file]", fake);

        assertThat(page.locator("#import-result")).containsText("not a MIDI file");
        users.logIn(username);
        assertThat(projects.listMine("")).isEmpty();
    }
}
