package io.github.consultation.examples;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.github.consultation.model.FormDefinition;
import io.github.consultation.model.FormVariant;
import io.github.consultation.model.Question;
import io.github.consultation.store.FeedbackStore;
import io.github.consultation.validate.FeedbackValidator;
import io.github.consultation.model.FieldError;
import io.github.consultation.validate.Verdict;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code import FILE.csv}: a spreadsheet export of the feedback a site collected before (a header
 * row naming the JSON keys its script posts, {@code tab}, {@code page}, {@code nature},
 * {@code summary}, {@code details}, {@code role}, {@code org}, {@code email}, and a timestamp
 * column, in any order), each row checked with the form's rules and kept at its original time.
 *
 * <ul>
 *   <li>The header is mapped first; if any column cannot be (a name the form does not have, a
 *       name twice, no timestamp, no column for a question every row must answer), nothing is
 *       stored and every problem is named.
 *   <li>UTF-8 with or without a byte order mark, {@code \n} or {@code \r\n}, quoted fields with
 *       line breaks in them (Jackson's CSV reader).
 *   <li>A row is checked as the form would check it: as the older summary-and-details form when
 *       it answers nothing else, else as the full form. A refused row is named with its line and
 *       why, and the import goes on.
 *   <li>Each row is stored under a key made from its time and answers, so that a row stored once
 *       is never stored again: a second run adds nothing.
 *   <li>It streams: rows are read, checked and stored as they come, with at most
 *       {@value #IN_FLIGHT} waiting to be committed; saves that wait together are committed
 *       together (the store's group commit). On a terminal a progress line shows the rate.
 * </ul>
 */
final class FeedbackImport {
    /** The most rows read but not yet committed: what bounds the memory an import takes. */
    static final int IN_FLIGHT = 512;
    /** Savers at once: enough for the store to commit them in batches of its largest size. */
    private static final int SAVERS = 64;
    private static final Set<String> TIME_COLUMNS = Set.of("timestamp", "time", "date", "received", "received_at",
            "receivedat", "submitted", "submitted_at", "created", "created_at", "datetime");
    private static final Pattern SLASHED = Pattern.compile(
            "(\\d{1,2})/(\\d{1,2})/(\\d{4})(?:[ ,T]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");

    /** The order of day and month in a slashed date ({@code 03/04/2025}), which the file alone cannot tell. */
    enum DateOrder { UNKNOWN, DAY_FIRST, MONTH_FIRST }

    /** A header that cannot be mapped; nothing was stored. */
    static final class HeaderException extends Exception {
        private static final long serialVersionUID = 1L;

        HeaderException(String message) {
            super(message);
        }
    }

    /**
     * What an import did.
     *
     * @param rows the rows read
     * @param stored the rows stored now
     * @param already the rows stored by an earlier import (or twice in the file), not stored again
     * @param refused the rows the form's rules refused, or whose time could not be read
     * @param seconds how long it took
     */
    record Report(long rows, long stored, long already, long refused, double seconds) {
        /** Rows read per second. */
        double rate() {
            return seconds <= 0 ? rows : rows / seconds;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "Read %,d %s: %,d stored, %,d already stored, %,d refused (%,.0f rows/s)",
                    rows, rows == 1 ? "row" : "rows", stored, already, refused, rate());
        }
    }

    private final FormDefinition form;
    private final FeedbackValidator validator;
    private final FeedbackStore store;
    private final ZoneId zone;
    private final DateOrder dateOrder;
    private final PrintStream refusals;
    private final Progress progress;

    /** Where the progress line goes: a terminal, or nowhere. */
    interface Progress {
        void show(String line);

        void done();
    }

    FeedbackImport(FormDefinition form, FeedbackStore store, ZoneId zone, DateOrder dateOrder, PrintStream refusals,
            Progress progress) {
        this.form = form;
        // Old feedback was sent for pages that may have moved since: any page is taken.
        this.validator = FeedbackValidator.builder().form(form).build();
        this.store = store;
        this.zone = zone;
        this.dateOrder = dateOrder;
        this.refusals = refusals;
        this.progress = progress;
    }

    /**
     * Imports {@code file}, naming each refused row on the refusals stream as {@code FILE:LINE: why}.
     *
     * @throws HeaderException if the header cannot be mapped (nothing is stored)
     * @throws IOException if the file cannot be read, or is not CSV in UTF-8
     * @throws SQLException if the store failed: rows committed before stay, and a second run stores the rest
     */
    Report run(Path file, LongSupplier clock) throws IOException, HeaderException, SQLException {
        long started = clock.getAsLong();
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        AtomicLong stored = new AtomicLong();
        AtomicLong already = new AtomicLong();
        long refused = 0;
        long rows = 0;
        AtomicReference<SQLException> failure = new AtomicReference<>();
        Semaphore room = new Semaphore(IN_FLIGHT);
        ExecutorService savers = Executors.newFixedThreadPool(SAVERS, r -> {
            Thread t = new Thread(r, "consultation-import");
            t.setDaemon(true);
            return t;
        });
        try (Reader reader = utf8(file); CsvParser csv = new CsvFactory().createParser(reader)) {
            csv.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
            List<String> header = row(csv);
            if (header == null) {
                throw new HeaderException(name + " is empty: its first row must name the columns");
            }
            Columns columns = columns(header, name);
            long shown = clock.getAsLong();
            while (failure.get() == null) {
                if (csv.nextToken() != JsonToken.START_ARRAY) {
                    break;
                }
                int[] line = {0};
                List<String> cells = rest(csv, line);
                rows++;
                Optional<Row> row = read(cells, columns, name, line[0]);
                if (row.isEmpty()) {
                    refused++;
                } else {
                    room.acquireUninterruptibly();
                    Row r = row.get();
                    savers.execute(() -> {
                        try {
                            FeedbackStore.Saved saved = store.save(r.answers(), r.receivedAt(), r.key());
                            (saved.duplicate() ? already : stored).incrementAndGet();
                        } catch (SQLException e) {
                            failure.compareAndSet(null, e);
                        } finally {
                            room.release();
                        }
                    });
                }
                long now = clock.getAsLong();
                if (now - shown > 500_000_000L) {
                    shown = now;
                    progress.show(String.format(Locale.ROOT, "%,d rows read, %,d stored, %,d already stored, %,d refused"
                            + " (%,.0f rows/s)", rows, stored.get(), already.get(), refused,
                            rows / Math.max(1e-9, (now - started) / 1e9)));
                }
            }
        } catch (CharacterCodingException e) {
            throw new IOException(name + " is not UTF-8: save the spreadsheet as CSV UTF-8", e);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IOException(name + " is not CSV that can be read: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"), e);
        } finally {
            savers.shutdown();
            try {
                savers.awaitTermination(1, TimeUnit.HOURS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            progress.done();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return new Report(rows, stored.get(), already.get(), refused, (clock.getAsLong() - started) / 1e9);
    }

    /** The next row's cells, or null at the end of the file. */
    private static List<String> row(CsvParser csv) throws IOException {
        return csv.nextToken() == JsonToken.START_ARRAY ? rest(csv, new int[1]) : null;
    }

    /** The cells of the row whose start the parser has just read; {@code line[0]} becomes the line it starts on. */
    private static List<String> rest(CsvParser csv, int[] line) throws IOException {
        List<String> cells = new ArrayList<>();
        for (JsonToken t = csv.nextToken(); t != null && t != JsonToken.END_ARRAY; t = csv.nextToken()) {
            if (cells.isEmpty()) {
                line[0] = csv.currentTokenLocation().getLineNr();
            }
            cells.add(csv.getText());
        }
        return cells;
    }

    /** The file as UTF-8 that refuses bad bytes, without its byte order mark if it has one. */
    private static Reader utf8(Path file) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }

    /** Which column holds what: the form's fields by name, and the time. */
    private record Columns(Map<String, Integer> fields, int time, int count) {
    }

    private Columns columns(List<String> header, String file) throws HeaderException {
        Map<String, String> known = new LinkedHashMap<>();
        known.put(FormDefinition.PAGE, FormDefinition.PAGE);
        known.put("tab", "tab");
        for (Question q : form.questions()) {
            known.put(q.name().toLowerCase(Locale.ROOT), q.name());
        }
        Map<String, Integer> fields = new LinkedHashMap<>();
        int time = -1;
        boolean unknown = false;
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String cell = header.get(i).strip();
            String key = cell.toLowerCase(Locale.ROOT);
            String where = "column " + (i + 1) + " ('" + cell + "')";
            if (TIME_COLUMNS.contains(key)) {
                if (time >= 0) {
                    problems.add(where + " is a second timestamp column");
                }
                time = i;
            } else if (known.containsKey(key)) {
                if (fields.putIfAbsent(known.get(key), i) != null) {
                    problems.add(where + " names " + known.get(key) + " a second time");
                }
            } else {
                problems.add(where + (cell.isEmpty() ? " has no name" : " names no field of the form"));
                unknown = true;
            }
        }
        if (time < 0) {
            problems.add("no column holds the time each row was sent: name it timestamp");
        }
        Set<String> needed = new java.util.LinkedHashSet<>(List.of(FormDefinition.PAGE));
        for (Question q : form.questions()) {
            if (form.rules(q.name(), FormVariant.MINIMAL).required()) {
                needed.add(q.name());
            }
        }
        for (String field : needed) {
            if (!fields.containsKey(field)) {
                problems.add("no column holds " + field + ", which every row must give");
            }
        }
        if (!problems.isEmpty()) {
            throw new HeaderException("the header of " + file + " cannot be mapped, so nothing was stored: "
                    + String.join("; ", problems) + (unknown ? " (the columns it reads are " + String.join(", ",
                    known.values()) + " and a timestamp)" : ""));
        }
        return new Columns(fields, time, header.size());
    }

    /** A row ready to store: its answers, time and key. */
    private record Row(io.github.consultation.model.Answers answers, Instant receivedAt, String key) {
    }

    /** The row's answers if the form's rules take them, else empty with the reason named. */
    private Optional<Row> read(List<String> cells, Columns columns, String file, int line) {
        if (cells.size() > columns.count() && cells.subList(columns.count(), cells.size()).stream().anyMatch(c -> !c.isBlank())) {
            return refuse(file, line, "it has " + cells.size() + " cells, and the header names " + columns.count());
        }
        String timeCell = cell(cells, columns.time());
        Instant time;
        try {
            time = time(timeCell);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return refuse(file, line, e.getMessage());
        }
        Map<String, List<String>> fields = new HashMap<>();
        columns.fields().forEach((field, at) -> fields.put(field, List.of(cell(cells, at))));
        boolean minimal = true;
        for (Question q : form.questions()) {
            if (!form.asks(FormVariant.MINIMAL, q) && fields.containsKey(q.name()) && !fields.get(q.name()).get(0).isBlank()) {
                minimal = false;
            }
        }
        // A row names no page the validator could look its form up by: the import says which variant it answers.
        Map<String, Object> values = new HashMap<>();
        fields.forEach((field, cell) -> values.put(field, cell.get(0)));
        Verdict verdict = validator.validateValues(values, minimal ? FormVariant.MINIMAL : FormVariant.FULL);
        if (verdict.isSpam()) {
            return refuse(file, line, "it reads as spam (" + verdict.spamReason().orElse("") + ")");
        }
        if (!verdict.isValid() || verdict.answers().isEmpty()) {
            List<String> reasons = new ArrayList<>();
            for (FieldError e : verdict.errors()) {
                reasons.add((e.field().isEmpty() ? "" : e.field() + ": ") + e.message());
            }
            return refuse(file, line, String.join("; ", reasons));
        }
        return Optional.of(new Row(verdict.answers().get(), time, key(time, fields)));
    }

    private Optional<Row> refuse(String file, int line, String why) {
        refusals.println(file + ":" + line + ": " + why);
        return Optional.empty();
    }

    private static String cell(List<String> cells, int at) {
        return at < cells.size() ? cells.get(at) : "";
    }

    /**
     * A row's key: its time and its answers, by field name, so that the same row in another export
     * of the same sheet (its columns in another order, say) is the same row.
     */
    private static String key(Instant time, Map<String, List<String>> fields) {
        StringBuilder text = new StringBuilder(time.toString());
        new TreeMap<>(fields).forEach((name, value) -> text.append('\u0000').append(name).append('=').append(value.get(0)));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return "import:" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /**
     * The instant a timestamp cell names: ISO 8601 with an offset ({@code 2025-03-04T10:15:30Z}),
     * or without one ({@code 2025-03-04 10:15:30}, in the import's zone), or a slashed date
     * ({@code 04/03/2025 10:15:30}) when the import was told the order of day and month.
     */
    Instant time(String cell) {
        String t = cell.strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("it has no time");
        }
        try {
            return OffsetDateTime.parse(t.replace(' ', 'T')).toInstant();
        } catch (DateTimeParseException e) {
            // not with an offset
        }
        try {
            return LocalDateTime.parse(t.replace(' ', 'T')).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            // not ISO without one either
        }
        try {
            return LocalDate.parse(t).atStartOfDay(zone).toInstant();
        } catch (DateTimeParseException e) {
            // nor a bare ISO date
        }
        Matcher m = SLASHED.matcher(t);
        if (!m.matches()) {
            throw new IllegalArgumentException("its time '" + t + "' is not a date and time this import reads: write it"
                    + " as 2025-03-04 10:15:30 (or 2025-03-04T10:15:30Z)");
        }
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        if (dateOrder == DateOrder.UNKNOWN && a <= 12 && b <= 12 && a != b) {
            throw new IllegalArgumentException("its time '" + t + "' could be read day first or month first: give"
                    + " --date-order dmy or mdy");
        }
        boolean dayFirst = dateOrder == DateOrder.DAY_FIRST || (dateOrder == DateOrder.UNKNOWN && a > 12);
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(m.group(3)), dayFirst ? b : a, dayFirst ? a : b);
            LocalTime clock = m.group(4) == null ? LocalTime.MIDNIGHT : LocalTime.of(Integer.parseInt(m.group(4)),
                    Integer.parseInt(m.group(5)), m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
            return date.atTime(clock).atZone(zone).toInstant();
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("its time '" + t + "' is not a date that exists", e);
        }
    }
}
