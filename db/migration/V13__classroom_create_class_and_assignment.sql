-- Classes: a teacher (and co-teachers) and their students. join_code is what students type or
-- follow as a link; join_open switches it off. spotlight_work_id is the student copy the teacher
-- shows to the whole class, if any.
CREATE TABLE classroom (
    id                UUID PRIMARY KEY,
    name              VARCHAR(120)             NOT NULL,
    join_code         VARCHAR(12)              NOT NULL,
    join_open         BOOLEAN                  NOT NULL DEFAULT TRUE,
    archived          BOOLEAN                  NOT NULL DEFAULT FALSE,
    spotlight_work_id UUID,
    created_by        UUID                     NOT NULL REFERENCES user_account (id),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT classroom_join_code_uk UNIQUE (join_code)
);

-- Who is in a class: TEACHER (the creator), CO_TEACHER or STUDENT.
CREATE TABLE class_member (
    class_id  UUID                     NOT NULL REFERENCES classroom (id) ON DELETE CASCADE,
    user_id   UUID                     NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    role      VARCHAR(12)              NOT NULL,
    joined_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (class_id, user_id)
);
CREATE INDEX class_member_user_idx ON class_member (user_id);

-- An assignment: what to do, from which template project, until when, alone or in groups, and
-- how much AI each student may use (ai_max_generations: 0 off, 2147483647 unlimited).
CREATE TABLE assignment (
    id                  UUID PRIMARY KEY,
    class_id            UUID                     NOT NULL REFERENCES classroom (id) ON DELETE CASCADE,
    title               VARCHAR(120)             NOT NULL,
    instructions        VARCHAR(4000)            NOT NULL,
    template_project_id UUID                     REFERENCES project (id) ON DELETE SET NULL,
    due_at              TIMESTAMP WITH TIME ZONE,
    work_mode           VARCHAR(12)              NOT NULL,
    ai_max_generations  INTEGER                  NOT NULL,
    ai_originality_gate BOOLEAN                  NOT NULL,
    published_at        TIMESTAMP WITH TIME ZONE,
    created_by          UUID                     NOT NULL REFERENCES user_account (id),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX assignment_class_idx ON assignment (class_id, created_at);

-- Groups of a group assignment, formed by the teacher. The member at position 0 owns the group's copy.
CREATE TABLE assignment_group (
    id            UUID PRIMARY KEY,
    assignment_id UUID        NOT NULL REFERENCES assignment (id) ON DELETE CASCADE,
    name          VARCHAR(80) NOT NULL
);
CREATE TABLE assignment_group_member (
    group_id UUID NOT NULL REFERENCES assignment_group (id) ON DELETE CASCADE,
    user_id  UUID    NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    PRIMARY KEY (group_id, user_id)
);

-- One student's or one group's copy of the template (provenance: assignment, template and the
-- template's sequence number it was copied at), and its submission and return.
CREATE TABLE assignment_work (
    id                  UUID PRIMARY KEY,
    assignment_id       UUID                     NOT NULL REFERENCES assignment (id) ON DELETE CASCADE,
    project_id          UUID                     NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    student_id          UUID                     REFERENCES user_account (id) ON DELETE CASCADE,
    group_id            UUID                     REFERENCES assignment_group (id) ON DELETE CASCADE,
    template_project_id UUID,
    base_seq            BIGINT                   NOT NULL,
    submitted_at        TIMESTAMP WITH TIME ZONE,
    returned_at         TIMESTAMP WITH TIME ZONE,
    return_comment      VARCHAR(2000),
    grade               VARCHAR(20),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT assignment_work_project_uk UNIQUE (project_id)
);
CREATE INDEX assignment_work_assignment_idx ON assignment_work (assignment_id);
