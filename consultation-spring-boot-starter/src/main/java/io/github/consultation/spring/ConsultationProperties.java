package io.github.consultation.spring;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The starter's settings, under {@code consultation.*} in {@code application.properties}:
 *
 * <pre>
 * consultation.theme=govuk
 * consultation.default-locale=cy
 * consultation.pages.location=classpath:consultation/
 * consultation.pages.base-path=/pages/
 * consultation.routes.enabled=false
 * consultation.admin.enabled=true
 * </pre>
 */
@ConfigurationProperties("consultation")
public class ConsultationProperties {
    /** The form's theme: origin (the existing site's markup), govuk (GOV.UK Frontend's) or plain. */
    private String theme = "origin";

    /** The language of the form and its messages when the request's locale is not one the form speaks. */
    private Locale defaultLocale = Locale.ENGLISH;

    /** The form's definition file (feedback-form.yml); by default the one beside the pages, else the built-in form. */
    private String formDefinition = "";

    /** A secret of at least 32 bytes to sign form tokens with; empty for no form tokens. */
    private String tokenSecret = "";

    /** Where the script posts the form as JSON; empty for a plain HTML form even with scripts on. */
    private String jsonEndpoint = "/api/feedback";

    /**
     * Sites besides the application's own that may post to the JSON endpoint (a static copy of the
     * pages hosted elsewhere, say): each an origin, perhaps with the path its pages are under
     * ({@code https://example.org/consultation/}; else {@code /}). Their posts need form tokens
     * ({@code token-secret}).
     */
    private List<String> allowedOrigins = new ArrayList<>();

    /** Where the enhancement script is served. */
    private String scriptPath = "/consultation/feedback.js";

    /** Where the theme's minimal stylesheet is served (the origin and plain themes; GOV.UK brings its own). */
    private String stylesheetPath = "/consultation/form.css";

    private final Pages pages = new Pages();
    private final Routes routes = new Routes();
    private final Store store = new Store();
    private final Questionnaire questionnaire = new Questionnaire();
    private final Admin admin = new Admin();

    /** The consultation's Markdown pages. */
    public static class Pages {
        /**
         * The folder of pages (plain Markdown, or a MkDocs project): {@code classpath:consultation/}
         * or a directory such as {@code file:/srv/consultation/}. Empty (the default) for the class
         * path's {@code consultation/} folder if there is one, else no pages (the form alone).
         */
        private String location = "";

        /**
         * The path the host serves the pages under, starting and ending with a slash: links between
         * pages resolve from it. Empty (the default) for the site's own: a MkDocs project's
         * {@code site_url} path, else {@code /}.
         */
        private String basePath = "";

        public String getLocation() {
            return location;
        }

        public void setLocation(String location) {
            this.location = location;
        }

        public String getBasePath() {
            return basePath;
        }

        public void setBasePath(String basePath) {
            this.basePath = basePath;
        }
    }

    /** Routes the starter registers, so that a host writes no controller; off for a host that writes its own. */
    public static class Routes {
        /**
         * Whether to serve each page at its address under base-path (GET and the form's POST) and take JSON at the
         * endpoint; false for a host that maps them in a controller of its own.
         */
        private boolean enabled = true;

        /** The view that shows a page (given the model attribute "consultation"). */
        private String view = "consultation/page";

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public String getView() {
            return view;
        }

        public void setView(String view) {
            this.view = view;
        }
    }

    /** The site's questionnaire, a second form for the pages that ask for it. */
    public static class Questionnaire {
        /**
         * Whether the site has the built-in questionnaire (the existing site's: roles, 13 ideas
         * scored twice, 39 activities), placed by a questionnaire marker or the existing site's block.
         */
        private boolean enabled;

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }
    }

    /**
     * The consultation team's views of what came in: each page's count and chart, the
     * questionnaire's means, the submissions, the CSV (streamed) and erase by email. Served only to
     * a signed-in user with {@link #authority}, whatever the host's own rules say.
     */
    public static class Admin {
        /** Whether to serve the admin views (Spring Security must be on the class path). */
        private boolean enabled;

        /** The overview's address; the other views are below it, and the CSV at path + ".csv". */
        private String path = "/admin/feedback";

        /**
         * The authority a user needs for the admin views (granted by the host's own users or roles):
         * the authority itself or, unless it names a role already, the role of that name.
         */
        private String authority = "CONSULTATION_ADMIN";

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public String getPath() {
            return path;
        }

        public void setPath(String path) {
            this.path = path;
        }

        public String getAuthority() {
            return authority;
        }

        public void setAuthority(String authority) {
            this.authority = authority;
        }

        /**
         * The granted authorities that open the admin views: {@link #getAuthority()} and, unless it
         * starts with {@code ROLE_}, the role of that name, since Spring Security's roles are
         * authorities with that prefix ({@code spring.security.user.roles=CONSULTATION_ADMIN} grants
         * {@code ROLE_CONSULTATION_ADMIN}, and a team that gives the role expects it to count).
         */
        List<String> grantingAuthorities() {
            return authority.startsWith("ROLE_") ? List.of(authority) : List.of(authority, "ROLE_" + authority);
        }
    }

    /** The feedback store on the application's DataSource. */
    public static class Store {
        /** Whether to keep feedback in the application's DataSource (when it has one). */
        private boolean enabled = true;

        /**
         * Whether the store brings its tables up to date itself (Flyway, with its own history table).
         * Set false when the application's own Flyway runs the store's migrations (add
         * {@code classpath:io/github/consultation/store/migration/{vendor}} to spring.flyway.locations).
         */
        private boolean migrate = true;

        /** How long the same content counts as a duplicate, stored once. */
        private Duration duplicateWindow = Duration.ofMinutes(10);

        /** The table the store's own migrations record their history in (never the host's Flyway's). */
        private String historyTable = "consultation_schema_history";

        public String getHistoryTable() {
            return historyTable;
        }

        public void setHistoryTable(String historyTable) {
            this.historyTable = historyTable;
        }

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public boolean isMigrate() {
            return migrate;
        }

        public void setMigrate(boolean migrate) {
            this.migrate = migrate;
        }

        public Duration getDuplicateWindow() {
            return duplicateWindow;
        }

        public void setDuplicateWindow(Duration duplicateWindow) {
            this.duplicateWindow = duplicateWindow;
        }
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }

    public Locale getDefaultLocale() {
        return defaultLocale;
    }

    public void setDefaultLocale(Locale defaultLocale) {
        this.defaultLocale = defaultLocale;
    }

    public String getFormDefinition() {
        return formDefinition;
    }

    public void setFormDefinition(String formDefinition) {
        this.formDefinition = formDefinition;
    }

    public String getTokenSecret() {
        return tokenSecret;
    }

    public void setTokenSecret(String tokenSecret) {
        this.tokenSecret = tokenSecret;
    }

    public String getJsonEndpoint() {
        return jsonEndpoint;
    }

    public void setJsonEndpoint(String jsonEndpoint) {
        this.jsonEndpoint = jsonEndpoint;
    }

    public List<String> getAllowedOrigins() {
        return allowedOrigins;
    }

    public void setAllowedOrigins(List<String> allowedOrigins) {
        this.allowedOrigins = allowedOrigins;
    }

    public String getScriptPath() {
        return scriptPath;
    }

    public void setScriptPath(String scriptPath) {
        this.scriptPath = scriptPath;
    }

    public String getStylesheetPath() {
        return stylesheetPath;
    }

    public void setStylesheetPath(String stylesheetPath) {
        this.stylesheetPath = stylesheetPath;
    }

    public Pages getPages() {
        return pages;
    }

    public Routes getRoutes() {
        return routes;
    }

    public Questionnaire getQuestionnaire() {
        return questionnaire;
    }

    public Admin getAdmin() {
        return admin;
    }

    public Store getStore() {
        return store;
    }
}
