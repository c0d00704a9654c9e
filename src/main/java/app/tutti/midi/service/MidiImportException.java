package app.tutti.midi.service;

import app.tutti.base.domain.InvalidInputException;

/** A file could not be imported; the message says why in words meant for the user. */
public class MidiImportException extends InvalidInputException {

    MidiImportException(String message) {
        super(message);
    }

    MidiImportException(String message, Throwable cause) {
        super(message);
        initCause(cause);
    }
}
