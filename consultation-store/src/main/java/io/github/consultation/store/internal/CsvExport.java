package io.github.consultation.store.internal;

import io.github.consultation.model.Answers;
import io.github.consultation.model.ChecklistQuestion;
import io.github.consultation.model.ChoiceQuestion;
import io.github.consultation.model.FormDefinition;
import io.github.consultation.model.Option;
import io.github.consultation.model.Question;
import io.github.consultation.model.RatingQuestion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The store's one export, for every form: the time, the tab and the page, then columns for the
 * questions the form asks and no others, in its order: a question answered in words has one
 * ({@code summary}); a choice two, its option's text as the form's first language words it and its
 * code ({@code role}, {@code role_code}); a rating question one per item
 * ({@code "<question>: <item>"}, the score); a checklist one per option
 * ({@code "<question>: <heading>: <option>"}, {@code yes} when ticked). The page form's columns
 * keep the existing site's sheet's order ({@link #SHEET}), each choice's code after its text, so
 * that the team's spreadsheet takes it as it is. A cell a spreadsheet would take for a formula is
 * defused. Immutable.
 */
public final class CsvExport {
    /** The existing site's sheet: the time, then its JSON's fields, the reflection last. */
    public static final List<String> SHEET = List.of("timestamp", "tab", "page", "summary", "details", "role", "org",
            "email", "nature");

    private final StoreReads reads;

    /** Exports what {@code reads} reads. */
    public CsvExport(StoreReads reads) {
        this.reads = reads;
    }

    /** Writes every row of {@code table} to {@code out}, streamed; returns how many. */
    public long export(FormTable table, Writer out) throws SQLException, IOException {
        List<Column> columns = columns(table);
        List<String> header = new ArrayList<>(List.of("timestamp", "tab", "page"));
        columns.forEach(c -> header.add(c.name()));
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new))
                .setRecordSeparator("\r\n").get());
        long[] written = {0};
        try {
            reads.forEach(table, row -> {
                List<String> cells = new ArrayList<>(header.size());
                cells.add(row.receivedAt().toString());
                cells.add(table.tab());
                cells.add(safe(row.answers().page()));
                columns.forEach(c -> cells.add(c.cell(row.answers())));
                try {
                    csv.printRecord(cells);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                written[0]++;
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        csv.flush();
        return written[0];
    }

    /** One column after the time, tab and page: its header, and its cell of one row's answers. */
    private interface Column {
        String name();

        String cell(Answers answers);
    }

    /** The suffix of the column that holds a choice's code, after the one that holds its text. */
    public static final String CODE_SUFFIX = "_code";

    private record Words(String name) implements Column {
        @Override
        public String cell(Answers answers) {
            return safe(answers.choice(name).map(Option::text).orElse(answers.text(name)));
        }
    }

    private record Code(String question) implements Column {
        @Override
        public String name() {
            return question + CODE_SUFFIX;
        }

        @Override
        public String cell(Answers answers) {
            return answers.choice(question).map(Option::code).orElse("");
        }
    }

    private record Score(String name, String question, String item) implements Column {
        @Override
        public String cell(Answers answers) {
            Integer score = answers.scores(question).get(item);
            return score == null ? "" : String.valueOf(score);
        }
    }

    private record Tick(String name, String question, Option option) implements Column {
        @Override
        public String cell(Answers answers) {
            return answers.ticked(question).contains(option) ? "yes" : "";
        }
    }

    private static List<Column> columns(FormTable table) {
        List<Column> columns = new ArrayList<>();
        List<Question> questions = table.questions();
        if (table instanceof FeedbackTable) {
            // The existing sheet's order, for the questions the form asks.
            questions = SHEET.subList(3, SHEET.size()).stream().map(name -> table.form().question(name))
                    .flatMap(java.util.Optional::stream).toList();
        }
        for (Question q : questions) {
            if (q instanceof RatingQuestion rating) {
                rating.items().forEach(item -> columns.add(new Score(q.name() + ": " + item.text(), q.name(), item.code())));
            } else if (q instanceof ChecklistQuestion checklist) {
                checklist.options().forEach(o -> columns.add(new Tick(q.name() + ": "
                        + o.group().map(g -> g.text() + ": ").orElse("") + o.text(), q.name(), o)));
            } else if (q instanceof ChoiceQuestion) {
                columns.add(new Words(q.name()));
                columns.add(new Code(q.name()));
            } else if (!q.name().equals(FormDefinition.PAGE)) {
                columns.add(new Words(q.name()));
            }
        }
        return columns;
    }

    /** Defuses a cell a spreadsheet would take for a formula: one that starts {@code = + - @}, a tab or a carriage return. */
    static String safe(String cell) {
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }
}
