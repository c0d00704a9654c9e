package app.tutti.midi.service;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/** The importer accepts files up to the upload limit the web server enforces ({@code TUTTI_MAX_UPLOAD}). */
@Configuration(proxyBeanMethods = false)
class MidiConfig {

    @Bean
    MidiImporter midiImporter(@Value("${spring.servlet.multipart.max-file-size:5MB}") String maxFileSize) {
        return new MidiImporter(MidiImportLimits.DEFAULTS.withMaxFileBytes(DataSize.parse(maxFileSize).toBytes()));
    }

    @Bean
    MidiExporter midiExporter() {
        return new MidiExporter();
    }

    @Bean
    MusicXmlExporter musicXmlExporter() {
        return new MusicXmlExporter();
    }
}
