package io.github.consultation.store;

import io.github.consultation.model.Feedback;
import io.github.consultation.model.FormDefinition;
import io.github.consultation.model.Option;
import io.github.consultation.model.Answers;
import io.github.consultation.store.internal.AnswersCodec;
import io.github.consultation.store.internal.AnswersTally;
import io.github.consultation.store.internal.Dialect;
import io.github.consultation.store.internal.GroupCommit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.flywaydb.core.Flyway;

/**
 * Keeps feedback in the host's own database, through its {@link DataSource} (and so its
 * connection pool): SQLite, H2 or PostgreSQL. Built once; safe to share between threads.
 *
 * <ul>
 *   <li><b>Durable.</b> {@link #save} returns only once the row is committed: answer the reader
 *       after it, never before. (On SQLite, give the data source {@code synchronous=FULL}.) Saves
 *       that arrive together are committed together, in one transaction and so one wait for the
 *       disk; each still returns only once its own row is committed, and a batch that fails fails
 *       every save in it. (One writer at a time per store also suits SQLite, which has one writer
 *       at a time and whose waiting writers sleep.)
 *   <li><b>Migrated.</b> The schema is shipped as Flyway migrations, run at {@link Builder#build()}
 *       with a history table of its own ({@code consultation_schema_history}), so that they never
 *       mix with the host's own. A database made by the demo server's earlier migrations is taken as
 *       the first version, and nothing in it is lost.
 *   <li><b>Once per content.</b> The same feedback (page, reflection, summary, details, role,
 *       organisation, email) sent again within the duplicate window is stored once: each save claims
 *       its content hash for its time bucket and the next, under a unique key, in the same
 *       transaction as the row; a claim that exists already means a duplicate. This holds across
 *       instances that share the database.
 *   <li><b>Read a page at a time.</b> {@link #page} and {@link #forEach} read in the order
 *       submissions arrived without holding them all in memory, so that a store of a million
 *       submissions exports and shows within a small heap.
 * </ul>
 *
 * <pre>{@code
 * FeedbackStore store = FeedbackStore.builder(dataSource).form(definition).build();
 * FeedbackStore.Saved saved = store.save(verdict.feedback().orElseThrow(), Instant.now());
 * store.exportCsv(writer);   // every submission, streamed
 * }</pre>
 */
public final class FeedbackStore {
    /** The history table of the store's own migrations. */
    public static final String HISTORY_TABLE = "consultation_schema_history";

    /** The columns of the CSV export: the existing site's sheet (timestamp, then its JSON's fields). */
    public static final List<String> CSV_COLUMNS = List.of("timestamp", "tab", "page", "summary", "details", "role",
            "org", "email", "nature");

    private static final String COLUMNS = "id, received_at, page, reflection, summary, details, role, organisation, email";
    private static final int FETCH_SIZE = 500;

    private final DataSource dataSource;
    private final Dialect dialect;
    private final FormDefinition definition;
    /** The other forms whose answers the store keeps (a questionnaire, say), by tab. */
    private final Map<String, FormDefinition> otherForms;
    private final Duration duplicateWindow;
    private final AtomicLong saves = new AtomicLong();
    /** Saves waiting together, committed together. */
    private final GroupCommit<Write, Saved> writer;

    /** What a save did: the new row's id, or a duplicate that was not stored again (id 0). */
    public record Saved(long id, boolean duplicate) {
    }

    /** One stored submission, its options read with the store's form definition. */
    public record StoredFeedback(long id, Instant receivedAt, Feedback feedback) {
    }

    /**
     * How many submissions on a page gave one role and one reflection: what the consultation
     * team's chart is drawn from, counted by the database.
     *
     * @param page the page
     * @param role the role's code, or empty
     * @param reflection the reflection's code, or empty
     * @param count how many
     */
    public record Count(String page, String role, String reflection, long count) {
    }

    private FeedbackStore(Builder b, Dialect dialect) {
        this.dataSource = b.dataSource;
        this.dialect = dialect;
        this.definition = b.definition;
        this.otherForms = Map.copyOf(b.otherForms);
        this.duplicateWindow = b.duplicateWindow;
        this.writer = new GroupCommit<>(this::commit, 64);
    }

    /** Starts configuring a store on {@code dataSource}. */
    public static Builder builder(DataSource dataSource) {
        return new Builder(dataSource);
    }

    /** The hash that identifies the content of {@code feedback}, for duplicates. */
    static String contentHash(Feedback feedback) {
        return hash(List.of(feedback.page(), feedback.reflection().map(Option::code).orElse(""),
                feedback.summary(), feedback.details(), feedback.role().map(Option::code).orElse(""),
                feedback.organisation(), feedback.email()));
    }

    /** The SHA-256 of {@code parts}, each ended by a zero byte so that no two splits of one text agree. */
    private static String hash(List<String> parts) {
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

    /** Runs {@code work} as one transaction: committed if it returns, rolled back if it throws. */
    private <T> T inTransaction(Work<T> work) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        }
    }

    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /**
     * Saves {@code feedback}, received at {@code receivedAt}; returns once it is committed. The
     * same content within the duplicate window is not stored again: the answer is then a duplicate
     * with id 0.
     *
     * @throws SQLException if it was not saved
     */
    public Saved save(Feedback feedback, Instant receivedAt) throws SQLException {
        Objects.requireNonNull(feedback, "feedback");
        Objects.requireNonNull(receivedAt, "receivedAt");
        long bucket = receivedAt.toEpochMilli() / Math.max(1, duplicateWindow.toMillis());
        Write write = new Write(feedback, receivedAt, contentHash(feedback), bucket);
        return writer.submit(write);
    }

    /**
     * Saves {@code answers}, received at {@code receivedAt}; returns once they are committed.
     * Answers of the page form are saved as {@link #save(Feedback, Instant) feedback}; answers of
     * another form the store keeps (see {@link Builder#alsoForm}) in a table of their own. The same
     * content within the duplicate window is stored once, as for feedback.
     *
     * @throws SQLException if they were not saved
     * @throws IllegalArgumentException if they are of a form the store does not keep
     */
    public Saved save(Answers answers, Instant receivedAt) throws SQLException {
        Objects.requireNonNull(answers, "answers");
        Objects.requireNonNull(receivedAt, "receivedAt");
        if (answers.tab().equals(definition.tab())) {
            return save(answers.asFeedback(definition).orElseThrow(() -> new IllegalArgumentException(
                    "The answers of " + answers.tab() + " are not page feedback")), receivedAt);
        }
        if (!otherForms.containsKey(answers.tab())) {
            throw new IllegalArgumentException("The store keeps no form " + answers.tab() + "; add it with alsoForm");
        }
        long bucket = receivedAt.toEpochMilli() / Math.max(1, duplicateWindow.toMillis());
        String content = AnswersCodec.encode(answers);
        String hash = hash(List.of(answers.tab(), answers.page(), content));
        return writer.submit(new Write(null, answers, content, receivedAt, hash, bucket));
    }

    /** One save: the feedback or the answers, when it came, its content hash and its time bucket. */
    private record Write(Feedback feedback, Answers answers, String content, Instant receivedAt, String hash, long bucket) {
        Write(Feedback feedback, Instant receivedAt, String hash, long bucket) {
            this(feedback, null, "", receivedAt, hash, bucket);
        }
    }

    /**
     * Commits {@code writes} in one transaction: each claims its content hash for its bucket and
     * the next, and is stored unless a claim exists (a duplicate). In a batch, each write has a
     * savepoint of its own, so that a duplicate's first claim does not outlive it.
     */
    private List<Saved> commit(List<Write> writes) throws SQLException {
        return inTransaction(c -> {
            List<Saved> saved = new ArrayList<>(writes.size());
            boolean alone = writes.size() == 1;
            long counted = saves.getAndAdd(writes.size());
            if (counted / 256 != (counted + writes.size()) / 256) {
                forgetOldClaims(c, writes.get(0).bucket() - 1);
            }
            for (Write w : writes) {
                java.sql.Savepoint before = alone ? null : c.setSavepoint();
                if (!claim(c, w.hash(), w.bucket()) || !claim(c, w.hash(), w.bucket() + 1)) {
                    // A claim of the first bucket alone must not outlive this attempt.
                    if (alone) {
                        c.rollback();
                    } else {
                        c.rollback(before);
                    }
                    saved.add(new Saved(0, true));
                } else {
                    saved.add(new Saved(w.feedback() != null ? insert(c, w.feedback(), w.receivedAt())
                            : insert(c, w.answers(), w.content(), w.receivedAt()), false));
                    if (!alone) {
                        c.releaseSavepoint(before);
                    }
                }
            }
            return saved;
        });
    }

    private boolean claim(Connection c, String hash, long bucket) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(dialect.claim())) {
            insert.setString(1, hash);
            insert.setLong(2, bucket);
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            if (dialect.alreadyClaimed(e)) {
                return false;
            }
            throw e;
        }
    }

    private static long insert(Connection c, Feedback feedback, Instant receivedAt) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO feedback (received_at, page, reflection, summary, details, role, organisation, email)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"})) {
            insert.setString(1, receivedAt.toString());
            insert.setString(2, feedback.page());
            insert.setString(3, feedback.reflection().map(Option::code).orElse(""));
            insert.setString(4, feedback.summary());
            insert.setString(5, feedback.details());
            insert.setString(6, feedback.role().map(Option::code).orElse(""));
            insert.setString(7, feedback.organisation());
            insert.setString(8, feedback.email());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /**
     * Drops duplicate claims from before {@code bucket}, too old to matter, so that no content hash
     * outlives its window for long: every 256 saves, in a save's own transaction (so that SQLite
     * still has one writer), under a savepoint so that housekeeping never fails a save.
     */
    private static void forgetOldClaims(Connection c, long bucket) throws SQLException {
        java.sql.Savepoint before = c.setSavepoint();
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM feedback_claim WHERE bucket < ?")) {
            delete.setLong(1, bucket);
            delete.executeUpdate();
            c.releaseSavepoint(before);
        } catch (SQLException e) {
            c.rollback(before); // the next round tries again
        }
    }

    private static long insert(Connection c, Answers answers, String content, Instant receivedAt) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO answers (received_at, tab, page, role, email, content) VALUES (?, ?, ?, ?, ?, ?)",
                new String[] {"id"})) {
            insert.setString(1, receivedAt.toString());
            insert.setString(2, answers.tab());
            insert.setString(3, answers.page());
            insert.setString(4, answers.choice("role").map(Option::code).orElse(""));
            insert.setString(5, answers.text("email"));
            insert.setString(6, content);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private StoredFeedback read(ResultSet rs) throws SQLException {
        Feedback.Builder b = Feedback.builder()
                .page(rs.getString(3)).summary(rs.getString(5)).details(rs.getString(6))
                .organisation(rs.getString(8)).email(rs.getString(9));
        option("nature", rs.getString(4)).ifPresent(b::reflection);
        option("role", rs.getString(7)).ifPresent(b::role);
        return new StoredFeedback(rs.getLong(1), Instant.parse(rs.getString(2)), b.build());
    }

    /**
     * The option of {@code question} stored as {@code code}: the definition's, or, for a code the
     * definition no longer has, an option whose text is the code, so that nothing stored is lost.
     */
    private Optional<Option> option(String question, String code) {
        if (code == null || code.isEmpty()) {
            return Optional.empty();
        }
        Optional<Option> known = definition.option(question, code);
        if (known.isPresent() || !Option.isCode(code)) {
            return known.or(() -> Optional.of(Option.of("unknown", code)));
        }
        return Optional.of(Option.of(code, code));
    }

    /**
     * Up to {@code limit} submissions with an id after {@code afterId}, oldest first: a page of the
     * consultation team's view. Read the next with the last id of this one.
     *
     * @param page only submissions about this page, or empty for every page
     */
    public List<StoredFeedback> page(String page, long afterId, int limit) throws SQLException {
        Objects.requireNonNull(page, "page");
        if (limit < 1 || limit > 10_000) {
            throw new IllegalArgumentException("limit must be between 1 and 10000, not " + limit);
        }
        String where = page.isEmpty() ? "WHERE id > ?" : "WHERE id > ? AND page IN (?, ?)";
        try (Connection c = dataSource.getConnection();
                PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + " FROM feedback " + where
                        + " ORDER BY id LIMIT ?")) {
            int i = 1;
            select.setLong(i++, afterId);
            if (!page.isEmpty()) {
                String bare = page.length() > 1 && page.endsWith("/") ? page.substring(0, page.length() - 1) : page;
                select.setString(i++, bare);
                select.setString(i++, bare + "/");
            }
            select.setInt(i, limit);
            List<StoredFeedback> rows = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(read(rs));
                }
            }
            return rows;
        }
    }

    /**
     * Reads every submission, oldest first, to {@code action}, without holding them all in memory
     * (the database streams them, {@value #FETCH_SIZE} at a time).
     */
    public void forEach(Consumer<StoredFeedback> action) throws SQLException {
        Objects.requireNonNull(action, "action");
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            // PostgreSQL streams with a cursor only inside a transaction.
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.setFetchSize(FETCH_SIZE);
                try (ResultSet rs = s.executeQuery("SELECT " + COLUMNS + " FROM feedback ORDER BY id")) {
                    while (rs.next()) {
                        action.accept(read(rs));
                    }
                }
                c.commit();
            } finally {
                c.setAutoCommit(auto);
            }
        }
    }

    /**
     * Writes every submission to {@code out} as CSV with the existing site's columns
     * ({@link #CSV_COLUMNS}), streamed. Choices are written as their texts. A cell that a
     * spreadsheet would read as a formula (starting {@code = + - @}, tab or carriage return) is
     * prefixed with an apostrophe, so that opening the export cannot run anything.
     *
     * @return how many submissions were written
     */
    public long exportCsv(Writer out) throws SQLException, IOException {
        Objects.requireNonNull(out, "out");
        return writeCsv(out, CSV_COLUMNS, each -> forEach(row -> {
            Feedback f = row.feedback();
            each.accept(List.of(row.receivedAt().toString(), definition.tab(), safe(f.page()), safe(f.summary()),
                    safe(f.details()), safe(f.role().map(Option::text).orElse("")), safe(f.organisation()),
                    safe(f.email()), safe(f.reflection().map(Option::text).orElse(""))));
        }));
    }

    /** Rows of cells, each given to the consumer as the database reads it. */
    private interface Rows {
        void forEach(Consumer<List<String>> each) throws SQLException;
    }

    /** Writes {@code rows} under {@code header} as CSV, a row as it comes; returns how many. */
    private static long writeCsv(Writer out, List<String> header, Rows rows) throws SQLException, IOException {
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new))
                .setRecordSeparator("\r\n").get());
        long[] written = {0};
        try {
            rows.forEach(cells -> {
                try {
                    csv.printRecord(cells);
                    written[0]++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        csv.flush();
        return written[0];
    }

    /** Defuses a cell a spreadsheet would take for a formula. */
    static String safe(String cell) {
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }

    /** How many submissions each page has, by page (a trailing slash aside), most recent page first seen last. */
    public Map<String, Long> countsByPage() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Count c : counts()) {
            counts.merge(c.page(), c.count(), Long::sum);
        }
        return counts;
    }

    /** How many submissions each page has for each role and reflection (a trailing slash of a page aside). */
    public List<Count> counts() throws SQLException {
        List<Count> counts = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT page, role, reflection, COUNT(*) FROM feedback"
                        + " GROUP BY page, role, reflection ORDER BY page, role, reflection")) {
            while (rs.next()) {
                String page = rs.getString(1);
                String bare = page.length() > 1 && page.endsWith("/") ? page.substring(0, page.length() - 1) : page;
                counts.add(new Count(bare, rs.getString(2), rs.getString(3), rs.getLong(4)));
            }
        }
        return counts;
    }

    /** How many submissions are stored. */
    public long count() throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM feedback")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Erases every submission with the email address {@code email} (case aside), of every form;
     * returns how many.
     */
    public int eraseEmail(String email) throws SQLException {
        String wanted = Objects.requireNonNull(email, "email").strip();
        if (wanted.isEmpty()) {
            return 0;
        }
        return inTransaction(c -> {
            int erased = 0;
            for (String table : List.of("feedback", "answers")) {
                try (PreparedStatement delete = c.prepareStatement("DELETE FROM " + table
                        + " WHERE LOWER(email) = LOWER(?)")) {
                    delete.setString(1, wanted);
                    erased += delete.executeUpdate();
                }
            }
            return erased;
        });
    }

    /** One stored answer to another form than the page form. */
    public record StoredAnswers(long id, Instant receivedAt, Answers answers) {
    }

    private FormDefinition other(String tab) {
        FormDefinition form = otherForms.get(Objects.requireNonNull(tab, "tab"));
        if (form == null) {
            throw new IllegalArgumentException("The store keeps no form " + tab + "; add it with alsoForm");
        }
        return form;
    }

    /** How many answers the form {@code tab} has. */
    public long count(String tab) throws SQLException {
        other(tab);
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM answers WHERE tab = ?")) {
            s.setString(1, tab);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * Up to {@code limit} answers to the form {@code tab} with an id after {@code afterId}, oldest
     * first: a page of the team's view.
     */
    public List<StoredAnswers> pageAnswers(String tab, long afterId, int limit) throws SQLException {
        FormDefinition form = other(tab);
        if (limit < 1 || limit > 10_000) {
            throw new IllegalArgumentException("limit must be between 1 and 10000, not " + limit);
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT id, received_at, page, content FROM answers"
                        + " WHERE tab = ? AND id > ? ORDER BY id LIMIT ?")) {
            s.setString(1, tab);
            s.setLong(2, afterId);
            s.setInt(3, limit);
            List<StoredAnswers> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(readAnswers(rs, tab, form));
                }
            }
            return rows;
        }
    }

    private static StoredAnswers readAnswers(ResultSet rs, String tab, FormDefinition form) throws SQLException {
        return new StoredAnswers(rs.getLong(1), Instant.parse(rs.getString(2)),
                AnswersCodec.decode(tab, rs.getString(3), rs.getString(4), form));
    }

    /** Reads every answer to the form {@code tab}, oldest first, without holding them all in memory. */
    public void forEachAnswers(String tab, Consumer<StoredAnswers> action) throws SQLException {
        FormDefinition form = other(tab);
        Objects.requireNonNull(action, "action");
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement("SELECT id, received_at, page, content FROM answers"
                    + " WHERE tab = ? ORDER BY id")) {
                s.setFetchSize(FETCH_SIZE);
                s.setString(1, tab);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        action.accept(readAnswers(rs, tab, form));
                    }
                }
                c.commit();
            } finally {
                c.setAutoCommit(auto);
            }
        }
    }

    /**
     * Writes every answer to the form {@code tab} as CSV, streamed: the time, the page, then a
     * column per question (choices by their text), one per rating question and item
     * ({@code "<question>: <item>"}, the score) and one per checklist option
     * ({@code "<question>: <heading>: <option>"}, {@code yes} when ticked). Cells a spreadsheet would
     * take for a formula are defused, as in {@link #exportCsv(Writer)}.
     *
     * @return how many answers were written
     */
    public long exportCsv(String tab, Writer out) throws SQLException, IOException {
        FormDefinition form = other(tab);
        Objects.requireNonNull(out, "out");
        List<String> header = new ArrayList<>(List.of("timestamp", "tab", "page"));
        for (io.github.consultation.model.Question q : form.questions()) {
            if (q instanceof io.github.consultation.model.RatingQuestion) {
                ((io.github.consultation.model.RatingQuestion) q).items()
                        .forEach(item -> header.add(q.name() + ": " + item.text()));
            } else if (q instanceof io.github.consultation.model.ChecklistQuestion) {
                ((io.github.consultation.model.ChecklistQuestion) q).options().forEach(o -> header.add(q.name() + ": "
                        + o.group().map(g -> g.text() + ": ").orElse("") + o.text()));
            } else if (!q.name().equals(FormDefinition.PAGE)) {
                header.add(q.name());
            }
        }
        return writeCsv(out, header, each -> forEachAnswers(tab, row -> {
            Answers a = row.answers();
            List<String> cells = new ArrayList<>(List.of(row.receivedAt().toString(), tab, safe(a.page())));
            for (io.github.consultation.model.Question q : form.questions()) {
                if (q instanceof io.github.consultation.model.RatingQuestion) {
                    for (Option item : ((io.github.consultation.model.RatingQuestion) q).items()) {
                        Integer score = a.scores(q.name()).get(item.code());
                        cells.add(score == null ? "" : String.valueOf(score));
                    }
                } else if (q instanceof io.github.consultation.model.ChecklistQuestion) {
                    for (Option o : ((io.github.consultation.model.ChecklistQuestion) q).options()) {
                        cells.add(a.ticked(q.name()).contains(o) ? "yes" : "");
                    }
                } else if (!q.name().equals(FormDefinition.PAGE)) {
                    cells.add(safe(a.choice(q.name()).map(Option::text).orElse(a.text(q.name()))));
                }
            }
            each.accept(cells);
        }));
    }

    /**
     * What the answers to the form {@code tab} add up to: see {@link AnswersSummary}. Read one
     * answer at a time; the sums kept are one per item, group and point of the scale.
     */
    public AnswersSummary summarise(String tab) throws SQLException {
        FormDefinition form = other(tab);
        return AnswersTally.of(form).tally(consumer -> forEachAnswers(tab, row -> consumer.accept(row.answers())));
    }

    /** Whether the database answers. */
    public boolean healthy() {
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    /** The version of the store's schema, as its migrations' history records it. */
    public String schemaVersion() {
        return flyway(dataSource, dialect, false).info().current().getVersion().getVersion();
    }

    /**
     * The store's migrations, with a history table of their own. A database that has other tables
     * already (the host's own, which is the usual case) is taken as empty of the store's, version 0,
     * and every migration runs; one the demo server's earlier migrations made
     * ({@code earlierSchema}) is taken as version 1, which its tables match.
     */
    private static Flyway flyway(DataSource dataSource, Dialect dialect, boolean earlierSchema) {
        return Flyway.configure(FeedbackStore.class.getClassLoader())
                .dataSource(dataSource)
                .locations(dialect.migrations())
                .table(HISTORY_TABLE)
                .baselineOnMigrate(true)
                .baselineVersion(earlierSchema ? "1" : "0")
                .baselineDescription(earlierSchema ? "demo server schema 5" : "tables of the host")
                .load();
    }

    /**
     * Configures a {@link FeedbackStore}.
     *
     * <pre>{@code
     * FeedbackStore store = FeedbackStore.builder(dataSource)
     *         .form(definition)                       // to read stored codes as the form's options
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
        private Clock clock = Clock.systemUTC();

        private Builder(DataSource dataSource) {
            this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        }

        /** The page form, whose options the stored codes name. Default {@link FormDefinition#pageFeedback()}. */
        public Builder form(FormDefinition definition) {
            this.definition = Objects.requireNonNull(definition, "definition");
            return this;
        }

        /**
         * Another form whose answers the store keeps, in a table of its own: the site's
         * questionnaire, say ({@link FormDefinition#questionnaire()}). Its answers are told apart by
         * its tab.
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
         * Builds the store, first bringing its schema up to date (unless told not to).
         *
         * @throws SQLException if the database cannot be reached, is not one the store runs on, or
         *     cannot be migrated
         */
        public FeedbackStore build() throws SQLException {
            if (duplicateWindow.isNegative() || duplicateWindow.isZero()) {
                throw new IllegalStateException("duplicateWindow must be positive");
            }
            Dialect dialect;
            boolean earlierSchema;
            try (Connection c = dataSource.getConnection()) {
                dialect = Dialect.of(c);
                earlierSchema = hasTable(c, "schema_version") && hasTable(c, "feedback");
            }
            if (migrate) {
                try {
                    flyway(dataSource, dialect, earlierSchema).migrate();
                } catch (org.flywaydb.core.api.FlywayException e) {
                    throw new SQLException("The feedback store's schema could not be migrated: " + e.getMessage(), e);
                }
            }
            return new FeedbackStore(this, dialect);
        }

        private static boolean hasTable(Connection c, String table) throws SQLException {
            for (String name : List.of(table, table.toUpperCase(java.util.Locale.ROOT))) {
                // In the connection's own schema only: another schema's tables are not this store's.
                try (ResultSet rs = c.getMetaData().getTables(c.getCatalog(), c.getSchema(), name, null)) {
                    if (rs.next()) {
                        return true;
                    }
                }
            }
            return false;
        }
    }
}
