package io.github.consultation.sample;

import io.github.consultation.pages.RenderedSite;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sample's home page, listing the consultation's pages beside its general feedback. The pages,
 * their form posts and the JSON the enhancement script sends are the starter's routes, shown with
 * the sample's own template ({@code consultation.routes.view=page}).
 */
@Controller
class HomeController {
    private final RenderedSite site;

    HomeController(RenderedSite site) {
        this.site = site;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("pages", site.pages());
        model.addAttribute("site", site);
        return "home";
    }
}
