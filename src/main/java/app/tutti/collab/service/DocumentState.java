package app.tutti.collab.service;

import app.tutti.base.domain.UserId;
import app.tutti.composition.domain.NoteDocument;
import app.tutti.sharing.domain.ProjectRole;
import org.jspecify.annotations.Nullable;

/**
 * A project's notes at sequence number {@code seq}, as the given user may see them: {@code reader}
 * with {@code role}, or nobody in particular (null) through a public link.
 */
public record DocumentState(long seq, NoteDocument document, ProjectRole role, @Nullable UserId reader) {
}
