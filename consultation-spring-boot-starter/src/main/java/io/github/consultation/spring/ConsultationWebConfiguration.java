package io.github.consultation.spring;

import io.github.consultation.render.FormRenderer;
import io.github.consultation.validate.FeedbackSink;
import io.github.consultation.validate.FormTokens;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The consultation in a Spring MVC application: {@link ConsultationMvc} for the host's controllers,
 * the enhancement script at {@code consultation.script-path}, the JSON endpoint for the static
 * sites of {@code consultation.allowed-origins}, and, unless {@code consultation.routes.enabled=false}, routes
 * for every page (GET and the form's POST at its address under the base path) and the JSON endpoint, so that the
 * application writes no controller at all. A host that writes its own controller turns the routes off; one that
 * maps a route of the starter's as well is told so at start.
 */
@AutoConfiguration(after = {ConsultationAutoConfiguration.class, ConsultationStoreConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(DispatcherServlet.class)
public class ConsultationWebConfiguration {
    private static final org.apache.commons.logging.Log LOG =
            org.apache.commons.logging.LogFactory.getLog(ConsultationWebConfiguration.class);

    /**
     * Spring MVC's own mappings, by name: Actuator adds another of the same type (its
     * {@code controllerEndpointHandlerMapping}), so one asked for by type alone is ambiguous.
     */
    static final String MVC_MAPPINGS = "requestMappingHandlerMapping";

    /** The controller-side API. */
    @Bean
    @ConditionalOnMissingBean
    public ConsultationMvc consultationMvc(ConsultationLanguages languages, ObjectProvider<FeedbackSink> sink,
            ObjectProvider<FormTokens> tokens, ObjectProvider<LocaleResolver> locales, ConsultationProperties properties) {
        FeedbackSink keeper = sink.getIfAvailable();
        if (keeper == null) {
            throw new IllegalStateException("The consultation starter has nowhere to keep feedback: add a DataSource"
                    + " (spring-boot-starter-jdbc and a database driver) for its store, or declare a FeedbackSink bean");
        }
        List<String> asking = ConsultationMvc.pagesAskingForMissingQuestionnaire(languages.fallback());
        if (!asking.isEmpty()) {
            LOG.warn("These pages ask for the questionnaire, but the site has none (set"
                    + " consultation.questionnaire.enabled=true, or declare a ConsultationQuestionnaire): they show a"
                    + " notice in its place, not a form: " + String.join(", ", asking));
        }
        return new ConsultationMvc(languages, keeper, Optional.ofNullable(tokens.getIfAvailable()),
                locales.getIfAvailable(AcceptHeaderLocaleResolver::new), properties.getScriptPath(),
                FormRenderer.stylesheet(languages.fallback().form().theme()).isPresent() ? properties.getStylesheetPath() : "");
    }

    /** Serves the enhancement script, and the theme's stylesheet. */
    @Bean
    public ConsultationScript consultationScript(FormRenderer form) {
        return new ConsultationScript(FormRenderer.stylesheet(form.theme()));
    }

    /** The script's route, and the stylesheet's (for a theme that has one). */
    @Bean
    public SmartInitializingSingleton consultationScriptRoute(
            @Qualifier(MVC_MAPPINGS) RequestMappingHandlerMapping mappings, ConsultationScript script, ConsultationProperties properties) {
        return () -> {
            register(mappings, properties.getScriptPath(), RequestMethod.GET, script, "script");
            if (script.hasStylesheet()) {
                register(mappings, properties.getStylesheetPath(), RequestMethod.GET, script, "stylesheet");
            }
        };
    }

    /**
     * The JSON endpoint for the static sites of {@code consultation.allowed-origins}: CORS on every
     * answer, and CSRF's check replaced, for that endpoint only, by the origin, the body's type and
     * a signed form token ({@link ConsultationCrossOrigin}). Registered by Spring Boot as a servlet
     * filter, before Spring Security's.
     */
    @Bean
    public ConsultationCrossOrigin consultationCrossOrigin(ConsultationProperties properties,
            ConsultationLanguages languages, ObjectProvider<FormTokens> tokens) {
        ConsultationCrossOrigin filter = new ConsultationCrossOrigin(properties.getJsonEndpoint(),
                properties.getAllowedOrigins(), Optional.ofNullable(tokens.getIfAvailable()), languages.host(),
                languages.basePath());
        if (!properties.getAllowedOrigins().isEmpty() && tokens.getIfAvailable() == null) {
            LOG.warn("consultation.allowed-origins is set but consultation.token-secret is not: posts from those"
                    + " origins are refused, as they carry no CSRF token and need a signed form token instead");
        }
        return filter;
    }

    /** The routes, unless the application turns them off to write its own controller. */
    @Bean
    @ConditionalOnProperty(name = "consultation.routes.enabled", matchIfMissing = true)
    public ConsultationRoutes consultationRoutes(ConsultationMvc consultation, ConsultationProperties properties) {
        return new ConsultationRoutes(consultation, properties.getRoutes().getView());
    }

    /**
     * The default page layout for a host whose views are jte's: {@link ConsultationJteLayout}, which
     * renders the view {@value ConsultationJteLayout#VIEW} where the host has no jte template of that
     * name. Not with Thymeleaf, whose layout ({@code templates/consultation/page.html}) is the starter's
     * there.
     */
    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "gg.jte.TemplateEngine")
    @org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass("org.thymeleaf.TemplateEngine")
    static class JteLayoutConfiguration {
        /** The layout, as a view resolver after jte's own. */
        @Bean
        @ConditionalOnMissingBean
        ConsultationJteLayout consultationJteLayout() {
            return new ConsultationJteLayout();
        }
    }

    /** Registers a route for every page in the default language, and the JSON endpoint. */
    @Bean
    @ConditionalOnProperty(name = "consultation.routes.enabled", matchIfMissing = true)
    public SmartInitializingSingleton consultationRouteTable(
            @Qualifier(MVC_MAPPINGS) RequestMappingHandlerMapping mappings, ConsultationRoutes routes, ConsultationLanguages languages, ConsultationProperties properties) {
        return () -> {
            languages.fallback().site().map(SiteAddresses::of).ifPresent(site -> {
                for (String path : site.pages()) {
                    route(mappings, path, RequestMethod.GET, routes, "page");
                    route(mappings, path, RequestMethod.POST, routes, "post");
                }
                for (String path : site.indexes()) {
                    route(mappings, path, RequestMethod.GET, routes, "index");
                }
                // The addresses that lead to a page (MkDocs' /path for /path/), and the site's own files.
                for (String path : site.redirects()) {
                    route(mappings, path, RequestMethod.GET, routes, "resource");
                }
                for (String file : site.files()) {
                    route(mappings, file, RequestMethod.GET, routes, "resource");
                }
                for (String file : site.unservable()) {
                    LOG.warn("Not served: the site's file " + file + " (a route's path cannot hold { } * or ?)");
                }
            });
            if (!properties.getJsonEndpoint().isEmpty()) {
                route(mappings, properties.getJsonEndpoint(), RequestMethod.POST, routes, "json");
            }
        };
    }

    /**
     * Registers one of the routes, or says which property to set when the host maps the same route in a controller
     * of its own (the routes being on by default, a host that wrote its controller before would otherwise meet
     * Spring's "ambiguous mapping" alone).
     */
    private static void route(RequestMappingHandlerMapping mappings, String path, RequestMethod method, Object handler,
            String name) {
        try {
            register(mappings, path, method, handler, name);
        } catch (IllegalStateException e) {
            throw new IllegalStateException("The consultation starter serves " + method + " " + path
                    + " itself, and the application maps it too: set consultation.routes.enabled=false to answer"
                    + " the consultation's routes with a controller of your own (ConsultationMvc), or remove that"
                    + " mapping", e);
        }
    }

    static void register(RequestMappingHandlerMapping mappings, String path, RequestMethod method, Object handler,
            String name) {
        Method target = java.util.Arrays.stream(handler.getClass().getMethods()).filter(m -> m.getName().equals(name))
                .findFirst().orElseThrow();
        RequestMappingInfo info = RequestMappingInfo.paths(path).methods(method)
                .options(mappings.getBuilderConfiguration()).build();
        mappings.registerMapping(info, handler, target);
    }

    /** The enhancement script and the theme's stylesheet, served with a day's caching. */
    public static final class ConsultationScript {
        private final byte[] script = FormRenderer.script().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        private final byte[] stylesheet;

        ConsultationScript(Optional<String> stylesheet) {
            this.stylesheet = stylesheet.map(css -> css.getBytes(java.nio.charset.StandardCharsets.UTF_8)).orElse(null);
        }

        boolean hasStylesheet() {
            return stylesheet != null;
        }

        /** The script. */
        public ResponseEntity<byte[]> script() {
            return cached(new MediaType("text", "javascript", java.nio.charset.StandardCharsets.UTF_8), script);
        }

        /** The stylesheet. */
        public ResponseEntity<byte[]> stylesheet() {
            return cached(new MediaType("text", "css", java.nio.charset.StandardCharsets.UTF_8), stylesheet);
        }

        private static ResponseEntity<byte[]> cached(MediaType type, byte[] body) {
            return ResponseEntity.ok().contentType(type)
                    .cacheControl(CacheControl.maxAge(java.time.Duration.ofDays(1)).cachePublic()).body(body);
        }
    }

    /** The routes' handlers: each one line over {@link ConsultationMvc}. */
    public static final class ConsultationRoutes {
        private final ConsultationMvc consultation;
        private final String view;

        ConsultationRoutes(ConsultationMvc consultation, String view) {
            this.consultation = consultation;
            this.view = view;
        }

        /** A page. */
        public String page(HttpServletRequest request, Model model) {
            return consultation.show(request, model, view);
        }

        /** An index of pages: the site's home without a page of its own, or a folder's. */
        public String index(HttpServletRequest request, Model model) {
            return consultation.index(request, model, view);
        }

        /** A form post to a page. */
        public String post(HttpServletRequest request, HttpServletResponse response, Model model) {
            return consultation.submit(request, response, model, view);
        }

        /** A redirect to a page, or one of the site's own files. */
        public void resource(HttpServletRequest request, HttpServletResponse response) throws java.io.IOException {
            consultation.resource(request, response);
        }

        /** A JSON post. */
        public ResponseEntity<String> json(HttpServletRequest request) {
            return consultation.json(request);
        }
    }
}
