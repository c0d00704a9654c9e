package app.tutti.midi.service;

import static app.tutti.midi.service.MusicXmlExporter.text;

import app.tutti.midi.domain.MidiNote;
import app.tutti.midi.domain.TimeSignatureChange;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes one part's measures: attributes and tempo first, then each slice as notes, chords or rests. */
final class MeasureWriter {

    private final XMLStreamWriter xml;
    private final PitchSpelling spelling;
    private final ScoreSlicer slicer;
    private final TimeSignatureChange time;
    private final double bpm;

    MeasureWriter(XMLStreamWriter xml, PitchSpelling spelling, ScoreSlicer slicer, TimeSignatureChange time,
            double bpm) {
        this.xml = xml;
        this.spelling = spelling;
        this.slicer = slicer;
        this.time = time;
        this.bpm = bpm;
    }

    void write(List<List<ScoreSlice>> measures, List<MidiNote> notes) throws XMLStreamException {
        for (int m = 0; m < measures.size(); m++) {
            xml.writeStartElement("measure");
            xml.writeAttribute("number", Integer.toString(m + 1));
            if (m == 0) {
                attributes(notes);
                tempo();
            }
            for (ScoreSlice slice : measures.get(m)) {
                if (slice.isRest() && slice.length() == slicer.measureLength()) {
                    measureRest();
                } else {
                    slice(slice);
                }
            }
            xml.writeEndElement();
        }
    }

    private void attributes(List<MidiNote> notes) throws XMLStreamException {
        xml.writeStartElement("attributes");
        text(xml, "divisions", Integer.toString(ScoreSlicer.UNITS_PER_QUARTER));
        xml.writeStartElement("key");
        text(xml, "fifths", Integer.toString(spelling.fifths()));
        text(xml, "mode", spelling.mode());
        xml.writeEndElement();
        xml.writeStartElement("time");
        text(xml, "beats", Integer.toString(time.numerator()));
        text(xml, "beat-type", Integer.toString(time.denominator()));
        xml.writeEndElement();
        boolean bass = notes.stream().mapToInt(MidiNote::pitch).sorted().skip(notes.size() / 2).findFirst()
                .orElse(60) < 55;
        xml.writeStartElement("clef");
        text(xml, "sign", bass ? "F" : "G");
        text(xml, "line", bass ? "4" : "2");
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private void tempo() throws XMLStreamException {
        long perMinute = Math.round(bpm);
        xml.writeStartElement("direction");
        xml.writeAttribute("placement", "above");
        xml.writeStartElement("direction-type");
        xml.writeStartElement("metronome");
        text(xml, "beat-unit", "quarter");
        text(xml, "per-minute", Long.toString(perMinute));
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEmptyElement("sound");
        xml.writeAttribute("tempo", Long.toString(perMinute));
        xml.writeEndElement();
    }

    private void measureRest() throws XMLStreamException {
        xml.writeStartElement("note");
        xml.writeEmptyElement("rest");
        xml.writeAttribute("measure", "yes");
        text(xml, "duration", Integer.toString(slicer.measureLength()));
        text(xml, "voice", "1");
        xml.writeEndElement();
    }

    private void slice(ScoreSlice slice) throws XMLStreamException {
        List<NoteValue> pieces = NoteValue.split(slice.length());
        for (int i = 0; i < pieces.size(); i++) {
            NoteValue value = pieces.get(i);
            if (slice.isRest()) {
                note(value, null, false, false, false);
                continue;
            }
            for (int k = 0; k < slice.pitches().size(); k++) {
                int pitch = slice.pitches().get(k);
                boolean stop = i > 0 || slice.tiedFromBefore().contains(pitch);
                boolean start = i < pieces.size() - 1 || slice.tiedOnward().contains(pitch);
                note(value, pitch, k > 0, stop, start);
            }
        }
    }

    private void note(NoteValue value, Integer pitch, boolean chord, boolean tieStop, boolean tieStart)
            throws XMLStreamException {
        xml.writeStartElement("note");
        if (chord) {
            xml.writeEmptyElement("chord");
        }
        if (pitch == null) {
            xml.writeEmptyElement("rest");
        } else {
            xml.writeStartElement("pitch");
            text(xml, "step", spelling.step(pitch));
            if (spelling.alter(pitch) != 0) {
                text(xml, "alter", Integer.toString(spelling.alter(pitch)));
            }
            text(xml, "octave", Integer.toString(spelling.octave(pitch)));
            xml.writeEndElement();
        }
        text(xml, "duration", Integer.toString(value.length()));
        ties("tie", tieStop, tieStart);
        text(xml, "voice", "1");
        text(xml, "type", value.type());
        for (int d = 0; d < value.dots(); d++) {
            xml.writeEmptyElement("dot");
        }
        if (tieStop || tieStart) {
            xml.writeStartElement("notations");
            ties("tied", tieStop, tieStart);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private void ties(String element, boolean stop, boolean start) throws XMLStreamException {
        if (stop) {
            xml.writeEmptyElement(element);
            xml.writeAttribute("type", "stop");
        }
        if (start) {
            xml.writeEmptyElement(element);
            xml.writeAttribute("type", "start");
        }
    }
}
