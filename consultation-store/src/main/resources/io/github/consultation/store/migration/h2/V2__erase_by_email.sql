-- Erasing by email address compares case aside. H2, a database for trying the library out, has no
-- index on an expression; it scans, which at its sizes is quick. (SQLite and PostgreSQL index it.)
SELECT 1;
