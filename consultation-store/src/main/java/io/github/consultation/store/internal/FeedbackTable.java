package io.github.consultation.store.internal;

import io.github.consultation.model.Answers;
import io.github.consultation.model.FeedbackField;
import io.github.consultation.model.FormDefinition;
import io.github.consultation.model.Option;
import io.github.consultation.store.FeedbackStore.StoredAnswers;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The page form's answers, a column per field in the table {@code feedback}: the schema the demo
 * server's earlier migrations made, kept so that their databases are read as they are, and so
 * that the team's counts by role and reflection are the database's own {@code GROUP BY}.
 */
final class FeedbackTable extends FormTable {
    private static final String COLUMNS = "id, received_at, page, reflection, summary, details, role, organisation, email";

    FeedbackTable(FormDefinition form) {
        super(form);
    }

    @Override
    String content(Answers answers) {
        return "";
    }

    /** Page, reflection, summary, details, role, organisation, email: the hash the store has always claimed. */
    @Override
    String contentHash(Answers answers, String content) {
        return hash(List.of(answers.page(), code(answers, FeedbackField.REFLECTION),
                answers.text(FeedbackField.SUMMARY.formName()), answers.text(FeedbackField.DETAILS.formName()),
                code(answers, FeedbackField.ROLE), answers.text(FeedbackField.ORGANISATION.formName()),
                answers.text(FeedbackField.EMAIL.formName())));
    }

    private static String code(Answers answers, FeedbackField field) {
        return answers.choice(field.formName()).map(Option::code).orElse("");
    }

    @Override
    long insert(Connection c, Answers answers, String content, Instant receivedAt) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO feedback (received_at, page, reflection, summary, details, role, organisation, email)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"})) {
            insert.setString(1, receivedAt.toString());
            insert.setString(2, answers.page());
            insert.setString(3, code(answers, FeedbackField.REFLECTION));
            insert.setString(4, answers.text(FeedbackField.SUMMARY.formName()));
            insert.setString(5, answers.text(FeedbackField.DETAILS.formName()));
            insert.setString(6, code(answers, FeedbackField.ROLE));
            insert.setString(7, answers.text(FeedbackField.ORGANISATION.formName()));
            insert.setString(8, answers.text(FeedbackField.EMAIL.formName()));
            return insertedId(insert);
        }
    }

    @Override
    PreparedStatement select(Connection c, String page, long afterId, int limit) throws SQLException {
        PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + " FROM feedback WHERE " + where(page)
                + " ORDER BY id LIMIT ?");
        bind(select, 1, page, afterId, limit);
        return select;
    }

    @Override
    PreparedStatement selectAll(Connection c) throws SQLException {
        return c.prepareStatement("SELECT " + COLUMNS + " FROM feedback ORDER BY id");
    }

    @Override
    StoredAnswers read(ResultSet rs) throws SQLException {
        Map<String, String> texts = new LinkedHashMap<>();
        text(texts, FeedbackField.SUMMARY, rs.getString(5));
        text(texts, FeedbackField.DETAILS, rs.getString(6));
        text(texts, FeedbackField.ORGANISATION, rs.getString(8));
        text(texts, FeedbackField.EMAIL, rs.getString(9));
        Map<String, Option> choices = new LinkedHashMap<>();
        option(FeedbackField.REFLECTION.formName(), rs.getString(4)).ifPresent(o -> choices.put("nature", o));
        option(FeedbackField.ROLE.formName(), rs.getString(7)).ifPresent(o -> choices.put("role", o));
        return new StoredAnswers(rs.getLong(1), Instant.parse(rs.getString(2)),
                new Answers(tab(), rs.getString(3), texts, choices, Map.of(), Map.of()));
    }

    private static void text(Map<String, String> texts, FeedbackField field, String value) {
        if (value != null && !value.isEmpty()) {
            texts.put(field.formName(), value);
        }
    }

    @Override
    PreparedStatement count(Connection c) throws SQLException {
        return c.prepareStatement("SELECT COUNT(*) FROM feedback");
    }

    /** How many rows each page has for each role and reflection, counted by the database. */
    PreparedStatement counts(Connection c) throws SQLException {
        return c.prepareStatement("SELECT page, role, reflection, COUNT(*) FROM feedback"
                + " GROUP BY page, role, reflection ORDER BY page, role, reflection");
    }
}
