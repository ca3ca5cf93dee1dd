package io.github.consultation.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints JMH's JSON results as one table of ratios: the library's time per operation divided by
 * the competitor's (below 1 the library is faster), with each target and whether it is met, and
 * the library's throughput and the bytes each allocates per operation (JMH's GC profiler).
 */
public final class Report {
    private record Result(double score, double error, String unit, double bytes) {
    }

    private Report() {
    }

    public static void main(String[] args) throws IOException {
        JsonNode runs = new ObjectMapper().readTree(new File(args[0]));
        Map<String, Result> results = new LinkedHashMap<>();
        for (JsonNode run : runs) {
            String name = run.get("benchmark").asText().replace("io.github.consultation.benchmarks.", "");
            StringBuilder key = new StringBuilder(name);
            run.path("params").fields().forEachRemaining(p -> key.append(' ').append(p.getValue().asText()));
            JsonNode alloc = run.path("secondaryMetrics").path("gc.alloc.rate.norm");
            JsonNode primary = run.get("primaryMetric");
            results.put(key.toString(), new Result(primary.get("score").asDouble(), primary.path("scoreError").asDouble(Double.NaN),
                    primary.get("scoreUnit").asText(), alloc.isMissingNode() ? Double.NaN : alloc.get("score").asDouble()));
        }
        List<String[]> rows = new ArrayList<>();
        for (String theme : List.of("ORIGIN", "PLAIN")) {
            for (String state : List.of("blank", "errors")) {
                String suffix = " " + state + " " + theme;
                for (String engine : List.of("jte", "mustache", "thymeleaf")) {
                    Double target = null;
                    if (engine.equals("jte")) {
                        target = 1.0;
                    } else if (engine.equals("thymeleaf")) {
                        target = 0.1;
                    }
                    row(rows, results, "form " + theme.toLowerCase(Locale.ROOT) + " " + state + " vs " + engine,
                            "FormRenderBenchmark.library" + suffix, "FormRenderBenchmark." + engine + suffix, target);
                }
            }
        }
        for (String state : List.of("blank", "errors")) {
            // GOV.UK Frontend's components have no template-engine twin to race; beside the origin theme instead.
            row(rows, results, "form govuk " + state + " vs the library's origin", "FormRenderBenchmark.govuk " + state
                    + " ORIGIN", "FormRenderBenchmark.library " + state + " ORIGIN", null);
        }
        row(rows, results, "JSON to verdict vs Jackson read alone", "ValidationBenchmark.jsonToVerdict",
                "ValidationBenchmark.jsonRecord", 2.0);
        row(rows, results, "JSON to verdict vs Hibernate Validator alone", "ValidationBenchmark.jsonToVerdict",
                "ValidationBenchmark.hibernateAlone", null);
        // The two ways to validate: Bean Validation (Hibernate Validator with @ValidFeedback) within 3x the compiled rules.
        row(rows, results, "Bean Validation vs compiled, bound answers", "ValidationBenchmark.beanValidation",
                "ValidationBenchmark.compiledBound", 3.0);
        row(rows, results, "Bean Validation vs compiled, JSON bytes", "ValidationBenchmark.jsonToViolations",
                "ValidationBenchmark.jsonToVerdict", 3.0);
        row(rows, results, "Bean Validation vs compiled, refused JSON", "ValidationBenchmark.refusedJsonToViolations",
                "ValidationBenchmark.refusedToVerdict", 3.0);
        row(rows, results, "Bean Validation, refused vs valid bound", "ValidationBenchmark.refusedBeanValidation",
                "ValidationBenchmark.beanValidation", null);
        row(rows, results, "Jackson into FeedbackRequest vs compiled JSON", "ValidationBenchmark.jacksonRequest",
                "ValidationBenchmark.jsonToVerdict", null);
        row(rows, results, "form fields to verdict vs Jackson read alone", "ValidationBenchmark.formToVerdict",
                "ValidationBenchmark.jsonRecord", null);
        row(rows, results, "page rendered vs plain Flexmark", "PageBenchmark.libraryRender", "PageBenchmark.flexmarkRender", null);
        row(rows, results, "page from cache vs rendered afresh", "PageBenchmark.libraryCached", "PageBenchmark.libraryRender", 0.01);
        for (String input : List.of("short-clean", "markup", "long")) {
            row(rows, results, "escape text " + input + " vs OWASP", "EscapeBenchmark.libraryText " + input,
                    "EscapeBenchmark.owaspText " + input, 1.0);
            row(rows, results, "escape attribute " + input + " vs OWASP", "EscapeBenchmark.libraryAttribute " + input,
                    "EscapeBenchmark.owaspAttribute " + input, 1.0);
        }
        String[] header = {"comparison", "library", "competitor", "ratio", "target", "met", "library ops/s", "library B/op",
            "competitor B/op"};
        int[] widths = new int[header.length];
        List<String[]> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        for (String[] r : all) {
            for (int i = 0; i < r.length; i++) {
                widths[i] = Math.max(widths[i], r[i].length());
            }
        }
        for (int n = 0; n < all.size(); n++) {
            StringBuilder line = new StringBuilder("| ");
            for (int i = 0; i < header.length; i++) {
                line.append(String.format(Locale.ROOT, i == 0 ? "%-" + widths[i] + "s" : "%" + widths[i] + "s", all.get(n)[i]))
                        .append(" | ");
            }
            System.out.println(line.toString().stripTrailing());
            if (n == 0) {
                StringBuilder rule = new StringBuilder("|");
                for (int w : widths) {
                    rule.append("-".repeat(w + 2)).append('|');
                }
                System.out.println(rule);
            }
        }
    }

    private static void row(List<String[]> rows, Map<String, Result> results, String label, String library, String competitor,
            Double target) {
        Result a = results.get(library);
        Result b = results.get(competitor);
        if (a == null || b == null) {
            return;
        }
        double ratio = a.score() / b.score();
        rows.add(new String[] {label, timing(a), timing(b),
            String.format(Locale.ROOT, "%.3f", ratio), target == null ? "" : "\u2264 " + target,
            target == null ? "" : ratio <= target ? "yes" : "NO", opsPerSecond(a), bytes(a.bytes()), bytes(b.bytes())});
    }

    /** The average time with JMH's 99.9% error margin, when it has one (not with a single iteration). */
    private static String timing(Result result) {
        String margin = Double.isNaN(result.error()) ? "" : " \u00b1 " + format(result.error());
        return format(result.score()) + margin + " " + result.unit();
    }

    private static String format(double value) {
        return value >= 100 ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.4g", value);
    }

    /** Throughput, the inverse of the average time per operation. */
    private static String opsPerSecond(Result result) {
        double secondsPerUnit = switch (result.unit()) {
            case "ns/op" -> 1e-9;
            case "us/op" -> 1e-6;
            case "ms/op" -> 1e-3;
            case "s/op" -> 1;
            default -> Double.NaN;
        };
        return Double.isNaN(secondsPerUnit) ? "" : String.format(Locale.ROOT, "%,.0f", 1 / (result.score() * secondsPerUnit));
    }

    private static String bytes(double value) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.0f", value);
    }
}
