package io.github.consultation.store;

import io.github.consultation.model.Answers;
import io.github.consultation.model.FormDefinition;
import io.github.consultation.store.internal.AnswersTally;
import io.github.consultation.store.internal.CsvExport;
import io.github.consultation.store.internal.Database;
import io.github.consultation.store.internal.FormTable;
import io.github.consultation.store.internal.Migrations;
import io.github.consultation.store.internal.StoreReads;
import io.github.consultation.store.internal.StoreWrites;
import java.io.IOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * Keeps the answers to a site's forms in the host's own database, through its {@link DataSource}
 * (and so its connection pool): SQLite, H2 or PostgreSQL. Every form is kept, read and exported the
 * same way, named by its tab: the page form ({@link Builder#form}) like any other
 * ({@link Builder#alsoForm}, a questionnaire, say). Built once; safe to share between threads.
 *
 * <ul>
 *   <li><b>Durable.</b> {@link #save} returns only once the row is committed: answer the reader
 *       after it, never before. (On SQLite, give the data source {@code synchronous=FULL}.) Saves
 *       that arrive together are committed together, in one transaction and so one wait for the
 *       disk; each still returns only once its own row is committed, and a batch that fails fails
 *       every save in it. (One writer at a time per store also suits SQLite, which has one writer
 *       at a time and whose waiting writers sleep.)
 *   <li><b>Migrated.</b> The schema is shipped as Flyway migrations, run at {@link Builder#build()}
 *       with a history table of its own ({@value #HISTORY_TABLE}), so that they never mix with the
 *       host's own. A database made by the demo server's earlier migrations is taken as the first
 *       version, and nothing in it is lost.
 *   <li><b>Once per content.</b> The same answers (page and every answer) sent again within the
 *       duplicate window are stored once: each save claims its content hash for its time bucket and
 *       the next, under a unique key, in the same transaction as the row; a claim that exists
 *       already means a duplicate. This holds across instances that share the database. A save
 *       with an idempotency key (an import's, say) claims the key instead, for good.
 *   <li><b>Read a page at a time.</b> {@link #read} and {@link #forEach} read in the order
 *       submissions arrived without holding them all in memory, so that a store of a million
 *       submissions exports and shows within a small heap.
 * </ul>
 *
 * <p>Inside, the class is a thin front: writes with group commit, reads, the CSV export and the
 * migrations are each a part of their own, and a form's table is the one place that knows how its
 * answers become a row.
 *
 * <pre>{@code
 * FeedbackStore store = FeedbackStore.builder(dataSource).form(definition).build();
 * FeedbackStore.Saved saved = store.save(verdict.answers().orElseThrow(), Instant.now());
 * store.exportCsv(definition.tab(), writer);   // every submission, streamed
 * }</pre>
 */
public final class FeedbackStore {
    /** The history table of the store's own migrations. */
    public static final String HISTORY_TABLE = Migrations.HISTORY_TABLE;

    /**
     * The existing site's sheet (timestamp, then its JSON's fields), whose order the page form's CSV
     * export keeps for the questions the form asks, each choice's code column after its text's.
     */
    public static final List<String> CSV_COLUMNS = CsvExport.SHEET;

    private final Database database;
    private final String historyTable;
    /** The forms kept, by tab, the page form first. */
    private final Map<String, FormTable> forms;
    private final StoreWrites writes;
    private final StoreReads reads;
    private final CsvExport csv;

    /** What a save did: the new row's id, or a duplicate that was not stored again (id 0). */
    public record Saved(long id, boolean duplicate) {
    }

    /**
     * One stored submission of any form: its id, when it came, and its answers read with the form's
     * definition (a code the form no longer has is kept as an option whose text is the code, so that
     * nothing stored is lost). For the page form, {@code answers().asFeedback(definition)} gives it
     * as {@link io.github.consultation.model.Feedback}.
     */
    public record StoredAnswers(long id, Instant receivedAt, Answers answers) {
    }

    /**
     * How many submissions of a form on a page gave one role and one reflection: what the
     * consultation team's chart is drawn from.
     *
     * @param page the page (a trailing slash aside)
     * @param role the role's code, or empty
     * @param reflection the reflection's code, or empty
     * @param count how many
     */
    public record Count(String page, String role, String reflection, long count) {
    }

    private FeedbackStore(Builder b, Database database) {
        this.database = database;
        this.historyTable = b.historyTable;
        Map<String, FormTable> tables = new LinkedHashMap<>();
        tables.put(b.definition.tab(), FormTable.of(b.definition, true));
        b.otherForms.values().forEach(f -> tables.putIfAbsent(f.tab(), FormTable.of(f, false)));
        this.forms = Collections.unmodifiableMap(tables);
        this.writes = new StoreWrites(database, b.duplicateWindow);
        this.reads = new StoreReads(database);
        this.csv = new CsvExport(reads);
    }

    /** Starts configuring a store on {@code dataSource}. */
    public static Builder builder(DataSource dataSource) {
        return new Builder(dataSource);
    }

    /** The forms whose answers this store keeps, the page form first. */
    public List<FormDefinition> forms() {
        return forms.values().stream().map(FormTable::form).toList();
    }

    private FormTable table(String tab) {
        FormTable table = forms.get(Objects.requireNonNull(tab, "tab"));
        if (table == null) {
            throw new IllegalArgumentException("The store keeps no form " + tab + "; add it with form or alsoForm");
        }
        return table;
    }

    /**
     * Saves {@code answers} (of any form the store keeps), received at {@code receivedAt}; returns
     * once they are committed. The same content within the duplicate window is not stored again: the
     * answer is then a duplicate with id 0.
     *
     * @throws SQLException if they were not saved
     * @throws IllegalArgumentException if they are of a form the store does not keep
     */
    public Saved save(Answers answers, Instant receivedAt) throws SQLException {
        Objects.requireNonNull(answers, "answers");
        Objects.requireNonNull(receivedAt, "receivedAt");
        return saved(writes.save(table(answers.tab()), answers, receivedAt, null));
    }

    /**
     * Like {@link #save(Answers, Instant)}, for answers that come with a key of their own (a row of
     * an import, say, whose original time {@code receivedAt} is): answers whose form and key were
     * saved before, ever, are a duplicate and not stored again, whatever their content; the duplicate
     * window does not apply.
     *
     * @throws SQLException if they were not saved
     * @throws IllegalArgumentException if they are of a form the store does not keep, or the key is blank
     */
    public Saved save(Answers answers, Instant receivedAt, String idempotencyKey) throws SQLException {
        Objects.requireNonNull(answers, "answers");
        Objects.requireNonNull(receivedAt, "receivedAt");
        if (Objects.requireNonNull(idempotencyKey, "idempotencyKey").isBlank()) {
            throw new IllegalArgumentException("An idempotency key must not be blank");
        }
        return saved(writes.save(table(answers.tab()), answers, receivedAt, idempotencyKey));
    }

    private static Saved saved(long id) {
        return new Saved(id, id == 0);
    }

    /**
     * Up to {@code limit} submissions of the form {@code tab} with an id after {@code afterId}, oldest
     * first: a page of the consultation team's view. Read the next with the last id of this one.
     *
     * @param page only submissions about this page (a trailing slash aside), or empty for every page
     * @throws IllegalArgumentException for a form the store does not keep, or a limit outside 1 to 10,000
     */
    public List<StoredAnswers> read(String tab, String page, long afterId, int limit) throws SQLException {
        FormTable table = table(tab);
        Objects.requireNonNull(page, "page");
        if (limit < 1 || limit > 10_000) {
            throw new IllegalArgumentException("limit must be between 1 and 10000, not " + limit);
        }
        return reads.read(table, page, afterId, limit);
    }

    /**
     * Gives every submission of the form {@code tab}, oldest first, to {@code action}, without holding
     * them all in memory (the database streams them, {@value StoreReads#FETCH_SIZE} at a time).
     */
    public void forEach(String tab, Consumer<StoredAnswers> action) throws SQLException {
        FormTable table = table(tab);
        reads.forEach(table, Objects.requireNonNull(action, "action"));
    }

    /**
     * Writes every submission of the form {@code tab} to {@code out} as CSV, streamed. The page form
     * has the existing site's columns ({@link #CSV_COLUMNS}); another form the time, the tab and the
     * page, then a column per question (choices by their text), one per rating question and item
     * ({@code "<question>: <item>"}, the score) and one per checklist option
     * ({@code "<question>: <heading>: <option>"}, {@code yes} when ticked). A cell that a spreadsheet
     * would read as a formula (starting {@code = + - @}, tab or carriage return) is prefixed with an
     * apostrophe, so that opening the export cannot run anything.
     *
     * @return how many submissions were written
     */
    public long exportCsv(String tab, Writer out) throws SQLException, IOException {
        FormTable table = table(tab);
        return csv.export(table, Objects.requireNonNull(out, "out"));
    }

    /** How many submissions the form {@code tab} has. */
    public long count(String tab) throws SQLException {
        return reads.count(table(tab));
    }

    /** How many submissions of the form {@code tab} each page has for each role and reflection (a trailing slash aside). */
    public List<Count> counts(String tab) throws SQLException {
        return reads.counts(table(tab));
    }

    /** How many submissions of the form {@code tab} each page has (a trailing slash aside), by page. */
    public Map<String, Long> countsByPage(String tab) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Count c : counts(tab)) {
            counts.merge(c.page(), c.count(), Long::sum);
        }
        return counts;
    }

    /**
     * What the answers to the form {@code tab} add up to: see {@link AnswersSummary}. Read one answer
     * at a time; the sums kept are one per item, group and point of the scale.
     */
    public AnswersSummary summarise(String tab) throws SQLException {
        FormTable table = table(tab);
        return AnswersTally.of(table.form()).tally(each -> reads.forEach(table, row -> each.accept(row.answers())));
    }

    /**
     * Erases every submission with the email address {@code email} (case aside), of every form,
     * including forms this store was not told of; returns how many.
     */
    public int eraseEmail(String email) throws SQLException {
        String wanted = Objects.requireNonNull(email, "email").strip();
        return wanted.isEmpty() ? 0 : reads.eraseEmail(wanted);
    }

    /** Whether the database answers. */
    public boolean healthy() {
        try (Connection c = database.dataSource().getConnection()) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    /** The version of the store's schema, as its migrations' history records it. */
    public String schemaVersion() {
        return Migrations.version(database, historyTable);
    }

    /**
     * Configures a {@link FeedbackStore}.
     *
     * <pre>{@code
     * FeedbackStore store = FeedbackStore.builder(dataSource)
     *         .form(definition)                       // the page form, whose codes are stored
     *         .alsoForm(FormDefinition.questionnaire())
     *         .duplicateWindow(Duration.ofMinutes(10))
     *         .build();                               // migrates the schema
     * }</pre>
     */
    public static final class Builder {
        private final DataSource dataSource;
        private FormDefinition definition = FormDefinition.pageFeedback();
        private final Map<String, FormDefinition> otherForms = new LinkedHashMap<>();
        private Duration duplicateWindow = Duration.ofMinutes(10);
        private boolean migrate = true;
        private String historyTable = HISTORY_TABLE;

        private Builder(DataSource dataSource) {
            this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        }

        /**
         * The page form, whose options the stored codes name; kept with a column per field.
         * Default {@link FormDefinition#pageFeedback()}.
         */
        public Builder form(FormDefinition definition) {
            this.definition = Objects.requireNonNull(definition, "definition");
            return this;
        }

        /**
         * Another form whose answers the store keeps: the site's questionnaire, say
         * ({@link FormDefinition#questionnaire()}). Its answers are told apart by its tab.
         */
        public Builder alsoForm(FormDefinition other) {
            otherForms.put(Objects.requireNonNull(other, "other").tab(), other);
            return this;
        }

        /**
         * How long the same content counts as a duplicate, stored once (the window is between one
         * and two of these long). Default ten minutes.
         */
        public Builder duplicateWindow(Duration window) {
            this.duplicateWindow = Objects.requireNonNull(window, "window");
            return this;
        }

        /** Whether {@link #build()} brings the schema up to date with Flyway. Default true. */
        public Builder migrate(boolean migrate) {
            this.migrate = migrate;
            return this;
        }

        /**
         * The table the store's migrations record their history in, beside (never mixed with) the
         * host's own Flyway's. Default {@value FeedbackStore#HISTORY_TABLE}.
         */
        public Builder historyTable(String table) {
            this.historyTable = Objects.requireNonNull(table, "table");
            return this;
        }

        /**
         * Builds the store, first bringing its schema up to date (unless told not to).
         *
         * @throws IllegalStateException if the duplicate window is not positive, or the history
         *     table's name is not a plain one
         * @throws SQLException if the database cannot be reached, is not one the store runs on, or
         *     cannot be migrated
         */
        public FeedbackStore build() throws SQLException {
            if (duplicateWindow.isNegative() || duplicateWindow.isZero()) {
                throw new IllegalStateException("duplicateWindow must be positive");
            }
            if (!historyTable.matches("[A-Za-z_][A-Za-z0-9_]{0,62}")) {
                throw new IllegalStateException("historyTable must be a plain table name (letters, digits, _), not '"
                        + historyTable + "'");
            }
            return new FeedbackStore(this, Migrations.open(dataSource, migrate, historyTable));
        }
    }
}
