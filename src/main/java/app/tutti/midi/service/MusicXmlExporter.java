package app.tutti.midi.service;

import app.tutti.midi.domain.MidiSong;
import app.tutti.midi.domain.MidiTrack;
import app.tutti.midi.domain.TimeSignatureChange;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a song as a partwise MusicXML 4.0 score: one part per track, quantized to 16ths, notes
 * tied across barlines, the key and time signature and tempo in the first measure, and the
 * people and AI who wrote it as {@code <identification>} creators.
 */
public class MusicXmlExporter {

    static final String DOCTYPE = "<!DOCTYPE score-partwise PUBLIC \"-//Recordare//DTD MusicXML 4.0 Partwise//EN\""
            + " \"http://www.musicxml.org/dtds/partwise.dtd\">";

    public String export(ScoreSheet sheet, LocalDate encodedOn) {
        MidiSong song = sheet.song();
        TimeSignatureChange time = song.timeSignatures().isEmpty() ? new TimeSignatureChange(0, 4, 4)
                : song.timeSignatures().getFirst();
        ScoreSlicer slicer = new ScoreSlicer(song.ticksPerQuarter(), time.numerator(), time.denominator());
        int measures = song.tracks().stream().mapToInt(t -> slicer.measuresFor(t.notes())).max().orElse(1);
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeDTD(DOCTYPE);
            xml.writeStartElement("score-partwise");
            xml.writeAttribute("version", "4.0");
            header(xml, sheet, encodedOn);
            partList(xml, song.tracks());
            MeasureWriter measureWriter = new MeasureWriter(xml, new PitchSpelling(sheet.key()), slicer, time,
                    song.tempos().isEmpty() ? 120 : song.tempos().getFirst().bpm());
            for (int i = 0; i < song.tracks().size(); i++) {
                MidiTrack track = song.tracks().get(i);
                xml.writeStartElement("part");
                xml.writeAttribute("id", partId(i));
                measureWriter.write(slicer.slice(track.notes(), measures), track.notes());
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write MusicXML", e);
        }
        return out.toString();
    }

    private static void header(XMLStreamWriter xml, ScoreSheet sheet, LocalDate encodedOn) throws XMLStreamException {
        xml.writeStartElement("work");
        text(xml, "work-title", sheet.title());
        xml.writeEndElement();
        xml.writeStartElement("identification");
        for (String creator : sheet.creators()) {
            xml.writeStartElement("creator");
            xml.writeAttribute("type", "composer");
            xml.writeCharacters(creator);
            xml.writeEndElement();
        }
        if (!sheet.rights().isBlank()) {
            text(xml, "rights", sheet.rights());
        }
        xml.writeStartElement("encoding");
        text(xml, "software", "Tutti");
        text(xml, "encoding-date", encodedOn.toString());
        xml.writeEndElement();
        if (!sheet.creditLines().isEmpty()) {
            xml.writeStartElement("miscellaneous");
            for (int i = 0; i < sheet.creditLines().size(); i++) {
                xml.writeStartElement("miscellaneous-field");
                xml.writeAttribute("name", "tutti-credit-" + (i + 1));
                xml.writeCharacters(sheet.creditLines().get(i));
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void partList(XMLStreamWriter xml, List<MidiTrack> tracks) throws XMLStreamException {
        xml.writeStartElement("part-list");
        for (int i = 0; i < tracks.size(); i++) {
            MidiTrack track = tracks.get(i);
            String id = partId(i);
            xml.writeStartElement("score-part");
            xml.writeAttribute("id", id);
            text(xml, "part-name", track.name());
            xml.writeStartElement("score-instrument");
            xml.writeAttribute("id", id + "-I1");
            text(xml, "instrument-name", track.name());
            xml.writeEndElement();
            xml.writeStartElement("midi-instrument");
            xml.writeAttribute("id", id + "-I1");
            text(xml, "midi-channel", Integer.toString(track.channel() + 1));
            text(xml, "midi-program", Integer.toString(track.program() + 1));
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    static String partId(int index) {
        return "P" + (index + 1);
    }

    static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }
}
