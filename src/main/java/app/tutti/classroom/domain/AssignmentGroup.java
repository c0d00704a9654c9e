package app.tutti.classroom.domain;

import app.tutti.base.domain.UserId;
import java.util.List;

/** A group of a group assignment; its first member owns the group's copy, the others edit it. */
public record AssignmentGroup(GroupId id, AssignmentId assignmentId, String name, List<UserId> members) {

    public AssignmentGroup {
        members = List.copyOf(members);
    }
}
