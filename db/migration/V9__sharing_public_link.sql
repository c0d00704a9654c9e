-- A project's optional public read-only link (at most one per project). As with invite links,
-- only a SHA-256 hash of the token is stored.
CREATE TABLE public_link (
    project_id UUID                     PRIMARY KEY REFERENCES project (id) ON DELETE CASCADE,
    token_hash VARCHAR(64)              NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT public_link_token_uk UNIQUE (token_hash)
);
