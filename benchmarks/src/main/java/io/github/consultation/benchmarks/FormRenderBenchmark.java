package io.github.consultation.benchmarks;

import io.github.consultation.model.FormVariant;
import io.github.consultation.render.FormRenderer;
import io.github.consultation.render.FormState;
import io.github.consultation.render.Theme;
import io.github.consultation.validate.FeedbackValidator;
import io.github.consultation.validate.Verdict;
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

/**
 * The feedback form rendered by the library and by jte, mustache.java and Thymeleaf, in the origin
 * and plain themes, blank and after a failed submit. Before any timing, each competitor's output
 * is checked to be the same markup as the library's. The GOV.UK theme, which writes GOV.UK
 * Frontend's own components (proven against upstream's fixtures), is timed on its own by
 * {@link #govuk()}.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FormRenderBenchmark {
    /** A submission as a reader might leave it, with markup characters to escape. */
    static final String BAD = "{\"tab\":\"Feedback\",\"page\":\"/shared-record\",\"summary\":\"Cost <b>&</b>\","
            + "\"details\":\"Line one\\nLine \\\"two\\\"\",\"role\":\"Data and digital consultant\",\"org\":\"O'Brien & Sons\","
            + "\"email\":\"not an address\",\"nature\":\"Other\",\"hp_field\":\"\"}";

    @Param({"ORIGIN", "PLAIN"})
    public String theme;

    @Param({"blank", "errors"})
    public String state;

    private FormRenderer library;
    private FormRenderer govuk;
    private FormState formState;
    private FormView view;
    private FormEngines engines;

    @Setup
    public void setUp() {
        Theme chosen = Theme.named(theme.toLowerCase(java.util.Locale.ROOT)).orElseThrow();
        library = FormRenderer.builder().theme(chosen).jsonEndpoint("/api/feedback").build();
        govuk = FormRenderer.builder().theme(Theme.GOVUK).jsonEndpoint("/api/feedback").build();
        if (state.equals("blank")) {
            formState = FormState.blank("/shared-record");
        } else {
            Verdict verdict = FeedbackValidator.create().validateJson(BAD);
            formState = FormState.failed("/shared-record", verdict.submission(), verdict.errors());
        }
        view = FormViews.of(chosen, formState);
        engines = new FormEngines();
        String expected = library().toString();
        Markup.requireSame("jte", expected, jte().toString());
        Markup.requireSame("mustache", expected, mustache().toString());
        Markup.requireSame("thymeleaf", expected, thymeleaf().toString());
    }

    @Benchmark
    public Object library() {
        StringBuilder out = new StringBuilder(FormEngines.BUFFER);
        library.render(FormVariant.FULL, formState, out);
        return out;
    }

    /** The GOV.UK theme, in the same state: no competitor writes its components, so it is timed alone. */
    @Benchmark
    public Object govuk() {
        StringBuilder out = new StringBuilder(FormEngines.BUFFER);
        govuk.render(FormVariant.FULL, formState, out);
        return out;
    }

    @Benchmark
    public Object jte() {
        return engines.jte(view);
    }

    @Benchmark
    public Object mustache() {
        return engines.mustache(view);
    }

    @Benchmark
    public Object thymeleaf() {
        return engines.thymeleaf(view);
    }
}
