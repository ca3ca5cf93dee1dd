package io.github.consultation.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.consultation.model.FormVariant;
import io.github.consultation.validate.FeedbackValidator;
import io.github.consultation.validate.Verdict;
import io.github.consultation.validate.bean.FeedbackRequest;
import jakarta.validation.ConstraintViolation;
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
 * The two ways to validate, side by side. The compiled path: a JSON submission from bytes to a
 * verdict ({@code jsonToVerdict}), and the same rules on answers already bound
 * ({@code compiledBound}). The Bean Validation path: Hibernate Validator checking the library's
 * {@code FeedbackRequest}, bound by Jackson, with {@code @ValidFeedback} ({@code beanValidation}),
 * and bytes to violations as a Spring {@code @Valid @RequestBody} does it ({@code jsonToViolations});
 * each also for a refused submission (a two-character summary), where messages are made. Beside
 * them: Jackson reading the same bytes into the request alone ({@code jacksonRequest}) and into a
 * plain record ({@code jsonRecord}), Hibernate Validator with standard annotations on that record
 * ({@code hibernateAlone}), and the form-field path.
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

    /** The same submission with a two-character summary: one field problem, one message. */
    static final byte[] REFUSED = new String(ORIGIN, StandardCharsets.UTF_8)
            .replace("The format should cover contact history", "Ok").getBytes(StandardCharsets.UTF_8);

    private FeedbackValidator library;
    private Validator bean;
    private FeedbackRequest request;
    private FeedbackRequest refusedRequest;
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
        bean = Validation.buildDefaultValidatorFactory().getValidator();
        request = jacksonRequest();
        refusedRequest = jackson.readValue(REFUSED, FeedbackRequest.class);
        form = Map.of("page", List.of(read.page()), "summary", List.of(read.summary()), "details", List.of(read.details()),
                "role", List.of(read.role()), "org", List.of(read.org()), "email", List.of(read.email()),
                "nature", List.of(read.nature()), "hp_field", List.of(""));
        if (!jsonToVerdict().isValid() || !formToVerdict().isValid() || !hibernateAlone().isEmpty()
                || !compiledBound().isValid() || !beanValidation().isEmpty() || !jsonToViolations().isEmpty()) {
            throw new IllegalStateException("The sample submission must be valid on every path");
        }
        if (refusedToVerdict().errors().size() != 1 || refusedBeanValidation().size() != 1) {
            throw new IllegalStateException("The refused submission must have one problem on both paths");
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
    public Verdict refusedToVerdict() {
        return library.validateJson(REFUSED);
    }

    @Benchmark
    public Verdict compiledBound() {
        return library.validateValues(request.values(), FormVariant.FULL);
    }

    @Benchmark
    public FeedbackRequest jacksonRequest() throws IOException {
        return jackson.readValue(ORIGIN, FeedbackRequest.class);
    }

    @Benchmark
    public Set<ConstraintViolation<FeedbackRequest>> beanValidation() {
        return bean.validate(request);
    }

    @Benchmark
    public Set<ConstraintViolation<FeedbackRequest>> refusedBeanValidation() {
        return bean.validate(refusedRequest);
    }

    @Benchmark
    public Set<ConstraintViolation<FeedbackRequest>> jsonToViolations() throws IOException {
        return bean.validate(jackson.readValue(ORIGIN, FeedbackRequest.class));
    }

    @Benchmark
    public Set<ConstraintViolation<FeedbackRequest>> refusedJsonToViolations() throws IOException {
        return bean.validate(jackson.readValue(REFUSED, FeedbackRequest.class));
    }

    @Benchmark
    public Set<?> hibernateAlone() {
        return hibernate.validate(read);
    }
}
