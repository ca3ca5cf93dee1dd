package io.github.consultation.benchmarks;

import io.github.consultation.render.HtmlEscaper;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.owasp.encoder.Encode;

/** The library's escaper against OWASP's Java Encoder, for element text and attribute values. */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class EscapeBenchmark {
    @Param({"short-clean", "markup", "long"})
    public String input;

    private String text;

    @Setup
    public void setUp() {
        text = switch (input) {
            case "short-clean" -> "Local authority leadership";
            case "markup" -> "<b>Cost & \"time\"</b> isn't <i>clear</i> > 5 & < 10 \"quoted\" 'single' <script>";
            default -> "The format should cover contact history, which every team keeps in its own way. ".repeat(60)
                    + "It's <important> & \"urgent\".";
        };
        if (!HtmlEscaper.text(text).equals(Encode.forHtmlContent(text))) {
            throw new IllegalStateException("The two escape element text differently: compare them by hand");
        }
    }

    @Benchmark
    public String libraryText() {
        return HtmlEscaper.text(text);
    }

    @Benchmark
    public String owaspText() {
        return Encode.forHtmlContent(text);
    }

    @Benchmark
    public String libraryAttribute() {
        return HtmlEscaper.attribute(text);
    }

    @Benchmark
    public String owaspAttribute() {
        return Encode.forHtmlAttribute(text);
    }
}
