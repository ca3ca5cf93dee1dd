package io.github.consultation.sample;

import io.github.consultation.pages.RenderedSite;
import io.github.consultation.spring.ConsultationMvc;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** The consultation's pages, their form posts and the JSON the enhancement script sends: a line each. */
@Controller
class ConsultationController {
    private final ConsultationMvc consultation;
    private final RenderedSite site;

    ConsultationController(ConsultationMvc consultation, RenderedSite site) {
        this.consultation = consultation;
        this.site = site;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("pages", site.pages());
        model.addAttribute("site", site);
        return "home";
    }

    @GetMapping("/pages/**")
    String page(HttpServletRequest request, Model model) {
        return consultation.show(request, model, "page");
    }

    @PostMapping("/pages/**")
    String post(HttpServletRequest request, HttpServletResponse response, Model model) {
        return consultation.submit(request, response, model, "page");
    }

    @PostMapping("/api/feedback")
    ResponseEntity<String> json(HttpServletRequest request) {
        return consultation.json(request);
    }
}
