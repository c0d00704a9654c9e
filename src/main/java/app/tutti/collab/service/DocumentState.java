package app.tutti.collab.service;

import app.tutti.composition.domain.NoteDocument;
import app.tutti.sharing.domain.ProjectRole;

/** A project's notes at sequence number {@code seq}, as the given user may see them. */
public record DocumentState(long seq, NoteDocument document, ProjectRole role) {
}
