-- Comments on a bar range of a project; a reply points at the comment it answers (one level).
-- A resolved comment keeps who resolved it and when.
CREATE TABLE project_comment (
    id             UUID                     PRIMARY KEY,
    project_id     UUID                     NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    parent_id      UUID                     REFERENCES project_comment (id) ON DELETE CASCADE,
    author_user_id UUID                     NOT NULL REFERENCES user_account (id),
    first_bar      INT                      NOT NULL,
    last_bar       INT                      NOT NULL,
    body           VARCHAR(2000)            NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    resolved_by    UUID                     REFERENCES user_account (id),
    resolved_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX project_comment_project_ix ON project_comment (project_id, created_at);
