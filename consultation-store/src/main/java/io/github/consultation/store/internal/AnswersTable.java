package io.github.consultation.store.internal;

import io.github.consultation.model.Answers;
import io.github.consultation.model.FormDefinition;
import io.github.consultation.model.Option;
import io.github.consultation.store.FeedbackStore.StoredAnswers;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * Any other form's answers (a questionnaire's, say), a row each in the table {@code answers}: the
 * answers themselves encoded ({@link AnswersCodec}), beside the columns the store reads by (the
 * form's tab, the page, the role for grouping, the email address for erasing).
 */
final class AnswersTable extends FormTable {
    private static final String COLUMNS = "id, received_at, page, content";

    AnswersTable(FormDefinition form) {
        super(form);
    }

    @Override
    String content(Answers answers) {
        return AnswersCodec.encode(answers);
    }

    @Override
    String contentHash(Answers answers, String content) {
        return hash(List.of(answers.tab(), answers.page(), content));
    }

    @Override
    long insert(Connection c, Answers answers, String content, Instant receivedAt) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO answers (received_at, tab, page, role, email, content) VALUES (?, ?, ?, ?, ?, ?)",
                new String[] {"id"})) {
            insert.setString(1, receivedAt.toString());
            insert.setString(2, answers.tab());
            insert.setString(3, answers.page());
            insert.setString(4, answers.choice("role").map(Option::code).orElse(""));
            insert.setString(5, answers.text("email"));
            insert.setString(6, content);
            return insertedId(insert);
        }
    }

    @Override
    PreparedStatement select(Connection c, String page, long afterId, int limit) throws SQLException {
        PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + " FROM answers WHERE tab = ? AND "
                + where(page) + " ORDER BY id LIMIT ?");
        select.setString(1, tab());
        bind(select, 2, page, afterId, limit);
        return select;
    }

    @Override
    PreparedStatement selectAll(Connection c) throws SQLException {
        PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + " FROM answers WHERE tab = ? ORDER BY id");
        select.setString(1, tab());
        return select;
    }

    @Override
    StoredAnswers read(ResultSet rs) throws SQLException {
        return new StoredAnswers(rs.getLong(1), Instant.parse(rs.getString(2)),
                AnswersCodec.decode(tab(), rs.getString(3), rs.getString(4), this::option, form()));
    }

    @Override
    PreparedStatement count(Connection c) throws SQLException {
        PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM answers WHERE tab = ?");
        count.setString(1, tab());
        return count;
    }
}
