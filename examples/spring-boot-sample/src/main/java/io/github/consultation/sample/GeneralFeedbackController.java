package io.github.consultation.sample;

import io.github.consultation.model.ChoiceQuestion;
import io.github.consultation.model.FormDefinition;
import io.github.consultation.model.FormVariant;
import io.github.consultation.validate.FeedbackSink;
import io.github.consultation.validate.FeedbackValidator;
import io.github.consultation.validate.Verdict;
import io.github.consultation.validate.bean.FeedbackRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Feedback on the consultation as a whole, in a Thymeleaf form of the application's own: the
 * library's {@link FeedbackRequest} is the form-backing object, {@code @Valid} checks it with the
 * library's rules, and the template shows each message beside its field with {@code #fields}. What
 * passes is kept through the compiled rules, which give the normalised answers to store.
 */
@Controller
class GeneralFeedbackController {
    private final FormDefinition form;
    private final FeedbackValidator validator;
    private final FeedbackSink sink;

    GeneralFeedbackController(FormDefinition form, FeedbackValidator validator, FeedbackSink sink) {
        this.form = form;
        this.validator = validator;
        this.sink = sink;
    }

    @ModelAttribute("roles")
    ChoiceQuestion roles() {
        return (ChoiceQuestion) form.question("role").orElseThrow();
    }

    @GetMapping("/feedback")
    String show(Model model) {
        model.addAttribute("feedback", FeedbackRequest.pageFeedback(form.tab(), "/feedback", "", "", "", "", "", "", ""));
        return "feedback";
    }

    @PostMapping("/feedback")
    String send(@Valid @ModelAttribute("feedback") FeedbackRequest feedback, BindingResult result,
            HttpServletResponse response) throws Exception {
        if (result.hasErrors()) {
            response.setStatus(422);
            return "feedback";
        }
        if (!feedback.honeypotFilled()) {
            Verdict verdict = validator.validateValues(feedback.values(), FormVariant.FULL);
            if (verdict.isValid()) {
                sink.keep(verdict.answers().orElseThrow());
            }
        }
        return "redirect:/feedback?sent";
    }
}
