-- Erasing by email address compares case aside: an index on the lower-cased address serves it.
CREATE INDEX feedback_email_lower ON feedback (LOWER(email));
