package io.github.consultation.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.consultation.validate.FeedbackValidator;
import io.github.consultation.validate.Verdict;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A JSON submission from bytes to a verdict, against Jackson reading the same bytes into a record
 * alone, and Hibernate Validator checking the same rules (as annotations on that record) alone;
 * and the form-field path.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ValidationBenchmark {
    /** The existing site's JSON, as its script sends it. */
    static final byte[] ORIGIN = ("{\"tab\":\"Feedback\",\"page\":\"https://consult.example.org/shared-record/\","
            + "\"summary\":\"The format should cover contact history\",\"details\":\"We keep a log of every visit and call;"
            + " the draft has nowhere to put it.\",\"role\":\"Local authority children\u2019s social care professional\","
            + "\"org\":\"Northshire Council\",\"email\":\"reader@example.org\",\"nature\":\"I\u2019m unsure about this\","
            + "\"hp_field\":\"\"}").getBytes(StandardCharsets.UTF_8);

    /** The same submission read by Jackson alone; its annotations are the form's length and format rules. */
    public record OriginSubmission(String tab, String page, @NotBlank @Size(min = 5, max = 300) String summary,
            @Size(max = 5000) String details, @NotBlank String role, @Size(max = 200) String org,
            @Email @Size(max = 254) String email, String nature, String hp_field) {
    }

    private FeedbackValidator library;
    private ObjectMapper jackson;
    private Validator hibernate;
    private OriginSubmission read;
    private Map<String, List<String>> form;

    @Setup
    public void setUp() throws IOException {
        library = FeedbackValidator.create();
        jackson = new ObjectMapper();
        hibernate = Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();
        read = jsonRecord();
        form = Map.of("page", List.of(read.page()), "summary", List.of(read.summary()), "details", List.of(read.details()),
                "role", List.of(read.role()), "org", List.of(read.org()), "email", List.of(read.email()),
                "nature", List.of(read.nature()), "hp_field", List.of(""));
        if (!jsonToVerdict().isValid() || !formToVerdict().isValid() || !hibernateAlone().isEmpty()) {
            throw new IllegalStateException("The sample submission must be valid on every path");
        }
    }

    @Benchmark
    public Verdict jsonToVerdict() {
        return library.validateJson(ORIGIN);
    }

    @Benchmark
    public Verdict formToVerdict() {
        return library.validateForm(form);
    }

    @Benchmark
    public OriginSubmission jsonRecord() throws IOException {
        return jackson.readValue(ORIGIN, OriginSubmission.class);
    }

    @Benchmark
    public Set<?> hibernateAlone() {
        return hibernate.validate(read);
    }
}
