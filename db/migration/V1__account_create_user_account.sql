-- Users. Usernames are stored lower-case, so the unique constraint is case-insensitive.
CREATE TABLE user_account (
    id            UUID PRIMARY KEY,
    username      VARCHAR(40)              NOT NULL,
    display_name  VARCHAR(80)              NOT NULL,
    password_hash VARCHAR(100)             NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT user_account_username_uk UNIQUE (username)
);
