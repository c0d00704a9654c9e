-- Invite links: whoever opens one while signed in joins the project with its role. Only a
-- SHA-256 hash of the token is stored, so the table cannot be used to join a project.
CREATE TABLE invite_link (
    id         UUID                     PRIMARY KEY,
    project_id UUID                     NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    token_hash VARCHAR(64)              NOT NULL,
    role       VARCHAR(10)              NOT NULL,
    created_by UUID                     REFERENCES user_account (id) ON DELETE SET NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE,
    revoked_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT invite_link_token_uk UNIQUE (token_hash)
);
CREATE INDEX invite_link_project_idx ON invite_link (project_id);
