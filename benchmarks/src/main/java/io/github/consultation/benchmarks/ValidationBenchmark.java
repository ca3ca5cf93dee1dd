package io.github.consultation.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.consultation.model.Feedback;
import io.github.consultation.model.FullForm;
import io.github.consultation.model.Reflection;
import io.github.consultation.model.Role;
import io.github.consultation.validate.FeedbackValidator;
import io.github.consultation.validate.Verdict;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
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
 * alone, and Hibernate Validator validating an already-built object alone; and the form-field
 * path.
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

    /** The same submission read by Jackson alone. */
    public record OriginSubmission(String tab, String page, String summary, String details, String role, String org,
            String email, String nature, String hp_field) {
    }

    private FeedbackValidator library;
    private ObjectMapper jackson;
    private Validator hibernate;
    private Feedback built;
    private Map<String, List<String>> form;

    @Setup
    public void setUp() throws IOException {
        library = FeedbackValidator.create();
        jackson = new ObjectMapper();
        hibernate = Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();
        built = Feedback.builder().page("/shared-record/").summary("The format should cover contact history")
                .details("We keep a log of every visit and call; the draft has nowhere to put it.")
                .role(Role.LOCAL_AUTHORITY_SOCIAL_CARE).organisation("Northshire Council").email("reader@example.org")
                .reflection(Reflection.UNSURE).build();
        OriginSubmission s = jsonRecord();
        form = Map.of("page", List.of(s.page()), "summary", List.of(s.summary()), "details", List.of(s.details()),
                "role", List.of(s.role()), "org", List.of(s.org()), "email", List.of(s.email()),
                "nature", List.of(s.nature()), "hp_field", List.of(""));
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
        return hibernate.validate(built, FullForm.class);
    }
}
