package io.github.consultation.benchmarks;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.StringWriter;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** The template engines the library's form renderer is compared with, each with HTML escaping on. */
final class FormEngines {
    /** Every engine writes into a buffer of this size, so that none pays for growing one. */
    static final int BUFFER = 16384;

    private final TemplateEngine jte;
    private final Mustache mustache;
    private final org.thymeleaf.TemplateEngine thymeleaf;

    FormEngines() {
        this.jte = TemplateEngine.createPrecompiled(ContentType.Html);
        this.mustache = new DefaultMustacheFactory("templates/mustache").compile("form.mustache");
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        this.thymeleaf = new org.thymeleaf.TemplateEngine();
        this.thymeleaf.setTemplateResolver(resolver);
    }

    StringOutput jte(FormView view) {
        StringOutput out = new StringOutput(BUFFER);
        jte.render("form.jte", view, out);
        return out;
    }

    StringWriter mustache(FormView view) {
        StringWriter out = new StringWriter(BUFFER);
        mustache.execute(out, view);
        return out;
    }

    StringWriter thymeleaf(FormView view) {
        Context context = new Context();
        context.setVariable("view", view);
        StringWriter out = new StringWriter(BUFFER);
        thymeleaf.process("thymeleaf/form", context, out);
        return out;
    }
}
