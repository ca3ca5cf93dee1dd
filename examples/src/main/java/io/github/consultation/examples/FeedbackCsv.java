package io.github.consultation.examples;

import io.github.consultation.model.Feedback;
import io.github.consultation.model.Option;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Every submission as CSV, with the existing site's columns (timestamp, then the fields of its
 * JSON: tab, page, summary, details, role, org, email, nature). A cell that a spreadsheet would
 * read as a formula (starting {@code = + - @}, tab or carriage return) is prefixed with an
 * apostrophe, so opening the export cannot run anything.
 */
final class FeedbackCsv {
    static final List<String> COLUMNS = List.of("timestamp", "tab", "page", "summary", "details", "role", "org",
            "email", "nature");

    private FeedbackCsv() {
    }

    static void write(List<FeedbackStore.StoredFeedback> rows, Writer out) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(COLUMNS.toArray(String[]::new))
                .setRecordSeparator("\r\n").get();
        try (CSVPrinter csv = new CSVPrinter(out, format)) {
            for (FeedbackStore.StoredFeedback row : rows) {
                Feedback f = row.feedback();
                csv.printRecord(row.receivedAt().toString(), "Feedback", safe(f.page()), safe(f.summary()),
                        safe(f.details()), f.role().map(Option::text).orElse(""), safe(f.organisation()), safe(f.email()),
                        f.reflection().map(Option::text).orElse(""));
            }
        }
    }

    /** Defuses a cell a spreadsheet would take for a formula. */
    static String safe(String cell) {
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }
}
