-- The answers to forms other than the page form (the questionnaire, say): one row each, the answers
-- themselves encoded as a form post is (name=value&...), with the columns the store reads by kept
-- apart: the form's tab, the page, the role (for grouping) and the email address (for erasing).
CREATE TABLE answers (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    received_at TEXT NOT NULL,
    tab TEXT NOT NULL,
    page TEXT NOT NULL,
    role TEXT NOT NULL,
    email TEXT NOT NULL,
    content TEXT NOT NULL
);
CREATE INDEX answers_tab ON answers (tab, id);
CREATE INDEX answers_email_lower ON answers (LOWER(email));
