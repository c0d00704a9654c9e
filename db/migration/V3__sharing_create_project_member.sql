-- Who may do what in a project: OWNER, EDITOR or VIEWER. Every project has exactly one OWNER.
CREATE TABLE project_member (
    project_id UUID                     NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    user_id    UUID                     NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    role       VARCHAR(10)              NOT NULL,
    added_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (project_id, user_id)
);
CREATE INDEX project_member_user_idx ON project_member (user_id);
