package app.tutti.collab.service;

import app.tutti.composition.service.PublicProject;

/** What a visitor with a project's public link gets: the project, its tracks and its notes, read-only. */
public record PublicSession(PublicProject project, DocumentState document) {
}
