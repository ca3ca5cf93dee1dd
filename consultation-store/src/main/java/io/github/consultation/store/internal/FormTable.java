package io.github.consultation.store.internal;

import io.github.consultation.model.Answers;
import io.github.consultation.model.FeedbackField;
import io.github.consultation.model.FormDefinition;
import io.github.consultation.model.Option;
import io.github.consultation.model.Question;
import io.github.consultation.store.FeedbackStore.StoredAnswers;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Where one form's answers are kept and how a row turns into {@link Answers} and back. The page
 * form's answers have a column per field ({@link FeedbackTable}, the table the demo server's earlier
 * schema made); any other form's are one encoded text ({@link AnswersTable}). Everything above this
 * type (writes, reads, CSV) treats every form alike. Immutable.
 */
public abstract class FormTable {
    /** Every table that keeps answers. */
    static final List<String> TABLES = List.of("feedback", "answers");

    private final FormDefinition form;

    FormTable(FormDefinition form) {
        this.form = form;
    }

    /**
     * The table for {@code form}: a column per field when it asks the page-feedback form's fields
     * only (as the page form does), or {@code pageForm} says it is the store's page form; else encoded.
     */
    public static FormTable of(FormDefinition form, boolean pageForm) {
        boolean fieldsOnly = form.questions().stream().allMatch(q -> FeedbackField.forName(q.name()).isPresent());
        return pageForm && fieldsOnly ? new FeedbackTable(form) : new AnswersTable(form);
    }

    /** The form whose answers this table keeps. */
    public FormDefinition form() {
        return form;
    }

    /** The form's tab, which names it. */
    public String tab() {
        return form.tab();
    }

    /** The answers in the canonical text whose hash finds duplicates, or empty where the columns are the content. */
    abstract String content(Answers answers);

    /** The hash that identifies the content of {@code answers} (and {@code content}, their canonical text), for duplicates. */
    abstract String contentHash(Answers answers, String content);

    /** Inserts one row; returns its id. */
    abstract long insert(Connection c, Answers answers, String content, Instant receivedAt) throws SQLException;

    /** The statement that reads this form's rows after an id, in the order they came, with a limit; {@code page} empty for every page. */
    abstract PreparedStatement select(Connection c, String page, long afterId, int limit) throws SQLException;

    /** The statement that reads every row of this form, oldest first. */
    abstract PreparedStatement selectAll(Connection c) throws SQLException;

    /** The row {@code rs} is at, read with the form's definition. */
    abstract StoredAnswers read(ResultSet rs) throws SQLException;

    /** The statement that counts this form's rows. */
    abstract PreparedStatement count(Connection c) throws SQLException;

    /**
     * The option of {@code question} stored as {@code code}: the form's, or, for a code the form no
     * longer has, an option whose text is the code, so that nothing stored is lost.
     */
    Optional<Option> option(String question, String code) {
        if (code == null || code.isEmpty()) {
            return Optional.empty();
        }
        Optional<Option> known = form.option(question, code);
        if (known.isPresent()) {
            return known;
        }
        return Optional.of(Option.isCode(code) ? Option.of(code, code) : Option.of("unknown", code));
    }

    /** Whether the form asks the question {@code name}. */
    boolean asks(String name) {
        return form.question(name).isPresent();
    }

    /** The questions of the form, in order. */
    List<Question> questions() {
        return form.questions();
    }

    /** Runs {@code insert}, prepared to return the generated {@code id}; returns the new row's id. */
    static long insertedId(PreparedStatement insert) throws SQLException {
        insert.executeUpdate();
        try (ResultSet keys = insert.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    /** A page's two spellings, with and without a trailing slash, which name the same page. */
    static String[] spellings(String page) {
        String bare = page.length() > 1 && page.endsWith("/") ? page.substring(0, page.length() - 1) : page;
        return new String[] {bare, bare + "/"};
    }

    /** The SHA-256 of {@code parts}, each ended by a zero byte so that no two splits of one text agree. */
    static String hash(List<String> parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                sha.update(part.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    /** Sets the page filter and limit of a select written with {@link #where}: the statement's parameters from 1. */
    static void bind(PreparedStatement select, int first, String page, long afterId, int limit) throws SQLException {
        int i = first;
        select.setLong(i++, afterId);
        if (!page.isEmpty()) {
            String[] both = spellings(page);
            select.setString(i++, both[0]);
            select.setString(i++, both[1]);
        }
        select.setInt(i, limit);
    }

    /** The condition on id and, unless {@code page} is empty, page, of a select bound by {@link #bind}. */
    static String where(String page) {
        return page.isEmpty() ? "id > ?" : "id > ? AND page IN (?, ?)";
    }
}
