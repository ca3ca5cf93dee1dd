-- Page feedback and the claims that keep a duplicate from being stored twice: the schema the demo
-- server's own migrations reached (schema_version 5), so that their databases take it as the baseline.
CREATE TABLE feedback (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    received_at TEXT NOT NULL,
    page TEXT NOT NULL,
    reflection TEXT NOT NULL,
    summary TEXT NOT NULL,
    details TEXT NOT NULL,
    role TEXT NOT NULL,
    organisation TEXT NOT NULL,
    email TEXT NOT NULL
);
CREATE INDEX feedback_page ON feedback (page);
CREATE TABLE feedback_claim (content_hash TEXT NOT NULL, bucket BIGINT NOT NULL, PRIMARY KEY (content_hash, bucket));
CREATE INDEX feedback_claim_bucket ON feedback_claim (bucket);
CREATE INDEX feedback_email ON feedback (email);
