package app.tutti.classroom.service;

import app.tutti.base.domain.ProjectId;

/**
 * Who wrote the notes of a copy since it was handed out. The dashboard depends on this rather than on
 * a particular credit source, so the history feature's credits can stand in for the op-log reading.
 */
public interface WorkCredits {

    /** Notes written and edits made after sequence number {@code afterSeq} (the template's part is not counted). */
    WorkContributions contributions(ProjectId project, long afterSeq);
}
