import io.github.consultation.form.FormRenderer;
import io.github.consultation.form.FormState;
import io.github.consultation.validate.FeedbackValidator;
import io.github.consultation.validate.Verdict;

/** The README's example, as a host project would write it. */
public class ReadmeExample {
    public static void main(String[] args) {
        // README example: begin
        FeedbackValidator validator = FeedbackValidator.create();
        Verdict verdict = validator.validateJson("{\"page\":\"/costs\",\"summary\":\"Hi\",\"role\":\"\"}");
        verdict.errors().forEach(e -> System.out.println(e.field() + ": " + e.message()));
        String html = FormRenderer.create().render(FormState.failed("/costs", verdict.submission(), verdict.errors()));
        System.out.println(html.contains("<p id=\"gs-summary-error\" class=\"feedback-field-error\">"));
        // README example: end
    }
}
