package io.github.consultation.benchmarks;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import io.github.consultation.pages.Page;
import io.github.consultation.render.FormState;
import io.github.consultation.pages.PageRenderer;
import io.github.consultation.pages.RenderedPage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A page the size of the seed (about 9 KB of Markdown, with its legacy form): rendered afresh by
 * the library (Flexmark, sanitising, the form placed), by plain Flexmark parse-and-render, and
 * served from the library's page cache with a blank form.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PageBenchmark {
    private String markdown;
    private Page page;
    private PageRenderer library;
    private RenderedPage cached;
    private Parser parser;
    private HtmlRenderer renderer;

    @Setup
    public void setUp() throws IOException {
        try (InputStream in = PageBenchmark.class.getResourceAsStream("/page.md")) {
            markdown = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        page = Page.parse("shared-record", markdown);
        library = PageRenderer.create();
        cached = library.render(page);
        parser = Parser.builder().build();
        renderer = HtmlRenderer.builder().build();
    }

    @Benchmark
    public RenderedPage libraryRender() {
        return library.render(page);
    }

    @Benchmark
    public String flexmarkRender() {
        return renderer.render(parser.parse(markdown));
    }

    @Benchmark
    public Object libraryCached() {
        StringBuilder out = new StringBuilder(32768);
        cached.writeTo(out, FormState.blank("/shared-record"));
        return out;
    }
}
