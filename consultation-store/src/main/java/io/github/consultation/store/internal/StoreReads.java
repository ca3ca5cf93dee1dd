package io.github.consultation.store.internal;

import io.github.consultation.model.Answers;
import io.github.consultation.model.FeedbackField;
import io.github.consultation.model.Option;
import io.github.consultation.store.FeedbackStore.Count;
import io.github.consultation.store.FeedbackStore.StoredAnswers;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The store's one read path, for every form: a page of rows after an id, every row streamed, and
 * the counts the team's view is drawn from. Immutable.
 */
public final class StoreReads {
    /** Rows the database sends at a time when every row is read. */
    public static final int FETCH_SIZE = 500;

    private final Database database;

    /** Reads from {@code database}. */
    public StoreReads(Database database) {
        this.database = database;
    }

    /** Up to {@code limit} rows of {@code table} after {@code afterId}, oldest first; {@code page} empty for every page. */
    public List<StoredAnswers> read(FormTable table, String page, long afterId, int limit) throws SQLException {
        return database.withConnection(c -> {
            List<StoredAnswers> rows = new ArrayList<>();
            try (PreparedStatement select = table.select(c, page, afterId, limit); ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(table.read(rs));
                }
            }
            return rows;
        });
    }

    /**
     * Gives every row of {@code table}, oldest first, to {@code action}, without holding them all in
     * memory (the database streams them, {@value #FETCH_SIZE} at a time).
     */
    public void forEach(FormTable table, Consumer<StoredAnswers> action) throws SQLException {
        database.withConnection(c -> {
            boolean auto = c.getAutoCommit();
            // PostgreSQL streams with a cursor only inside a transaction.
            c.setAutoCommit(false);
            try (PreparedStatement s = table.selectAll(c)) {
                s.setFetchSize(FETCH_SIZE);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        action.accept(table.read(rs));
                    }
                }
                c.commit();
            } finally {
                c.setAutoCommit(auto);
            }
            return null;
        });
    }

    /** How many rows {@code table} has. */
    public long count(FormTable table) throws SQLException {
        return database.withConnection(c -> {
            try (PreparedStatement count = table.count(c); ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /**
     * How many rows each page (a trailing slash aside) has for each role and reflection, ordered by
     * page, role and reflection: the database's own {@code GROUP BY} for the page form's columns, the
     * answers read one at a time for a form kept encoded.
     */
    public List<Count> counts(FormTable table) throws SQLException {
        Map<List<String>, Long> counts = new TreeMap<>((a, b) -> {
            for (int i = 0; i < a.size(); i++) {
                int c = a.get(i).compareTo(b.get(i));
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        });
        if (table instanceof FeedbackTable feedback) {
            database.withConnection(c -> {
                try (PreparedStatement s = feedback.counts(c); ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        counts.merge(List.of(bare(rs.getString(1)), rs.getString(2), rs.getString(3)), rs.getLong(4),
                                Long::sum);
                    }
                }
                return null;
            });
        } else {
            forEach(table, row -> counts.merge(List.of(bare(row.answers().page()), code(row.answers(), FeedbackField.ROLE),
                    code(row.answers(), FeedbackField.REFLECTION)), 1L, Long::sum));
        }
        List<Count> list = new ArrayList<>(counts.size());
        counts.forEach((key, n) -> list.add(new Count(key.get(0), key.get(1), key.get(2), n)));
        return list;
    }

    private static String code(Answers answers, FeedbackField field) {
        return answers.choice(field.formName()).map(Option::code).orElse("");
    }

    private static String bare(String page) {
        return FormTable.spellings(page)[0];
    }

    /**
     * Erases every row with the email address {@code email} (case aside), of every form, kept by this
     * store or not (a store opened to erase need not know every form); returns how many.
     */
    public int eraseEmail(String email) throws SQLException {
        return database.inTransaction(c -> {
            int erased = 0;
            for (String name : FormTable.TABLES) {
                try (PreparedStatement delete = c.prepareStatement("DELETE FROM " + name
                        + " WHERE LOWER(email) = LOWER(?)")) {
                    delete.setString(1, email);
                    erased += delete.executeUpdate();
                }
            }
            return erased;
        });
    }
}
