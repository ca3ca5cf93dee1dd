package io.github.consultation.sample;

import io.github.consultation.model.Feedback;
import io.github.consultation.model.FormDefinition;
import io.github.consultation.spring.ConsultationQuestionnaire;
import io.github.consultation.store.FeedbackStore;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The consultation team's view, behind the login: how many submissions each page has, the
 * submissions themselves fifty at a time, and every one as CSV, streamed from the database; the
 * questionnaire's answers counted, and as CSV with a column per score and per activity.
 */
@Controller
class AdminController {
    private static final int PAGE_SIZE = 50;
    private final FeedbackStore store;
    private final FormDefinition form;
    private final String questionnaire;

    /** A submission of the page form as the view shows it. */
    record Row(long id, Instant receivedAt, Feedback feedback) {
    }

    AdminController(FeedbackStore store, FormDefinition form, ConsultationQuestionnaire questionnaire) {
        this.store = store;
        this.form = form;
        this.questionnaire = questionnaire.definition().tab();
    }

    @GetMapping("/admin")
    String overview(@RequestParam(defaultValue = "0") long after, Model model) throws SQLException {
        List<Row> rows = store.read(form.tab(), "", after, PAGE_SIZE + 1).stream()
                .map(r -> new Row(r.id(), r.receivedAt(), r.answers().asFeedback(form).orElseThrow())).toList();
        boolean more = rows.size() > PAGE_SIZE;
        List<Row> shown = more ? rows.subList(0, PAGE_SIZE) : rows;
        model.addAttribute("total", store.count(form.tab()));
        model.addAttribute("byPage", store.countsByPage(form.tab()));
        model.addAttribute("rows", shown);
        model.addAttribute("next", more ? shown.get(shown.size() - 1).id() : null);
        model.addAttribute("answers", store.count(questionnaire));
        return "admin";
    }

    @GetMapping("/admin/feedback.csv")
    void csv(HttpServletResponse response) throws IOException, SQLException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"feedback.csv\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        store.exportCsv(form.tab(), out);
        out.flush();
    }

    @GetMapping("/admin/questionnaire.csv")
    void questionnaireCsv(HttpServletResponse response) throws IOException, SQLException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"questionnaire.csv\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        store.exportCsv(questionnaire, out);
        out.flush();
    }
}
