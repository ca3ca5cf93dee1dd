package io.github.consultation.examples;

import io.github.consultation.model.Consultation;
import io.github.consultation.model.FormVariant;
import io.github.consultation.model.Page;
import io.github.consultation.form.FormRenderer;
import io.github.consultation.form.FormState;
import io.github.consultation.pages.PageRenderer;
import io.github.consultation.pages.RawHtml;
import io.github.consultation.pages.RenderedSite;
import io.github.consultation.form.Theme;
import io.github.consultation.validate.FeedbackValidator;
import io.github.consultation.validate.SubmissionSchema;
import io.github.consultation.validate.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The command line of the examples jar.
 *
 * <pre>
 * java -jar consultation-examples.jar serve [--port N] [--pages DIR] [--db PATH] [options]
 * java -jar consultation-examples.jar erase --email ADDRESS [--db PATH]
 * java -jar consultation-examples.jar load [--url URL] [--count N] [--concurrency N]
 * java -jar consultation-examples.jar render FILE.md
 * java -jar consultation-examples.jar form --page ID [--submission FILE|-]
 * java -jar consultation-examples.jar validate [--locale en|cy] [FILE|-]
 * java -jar consultation-examples.jar schema [--variant full|minimal]
 * </pre>
 */
public final class Main {
    static final int OK = 0;
    static final int INVALID = 1;
    static final int UNREADABLE = 2;

    /** Keeps Hibernate Validator's start-up notice out of the command's output. */
    private static final Logger QUIET_VALIDATOR = Logger.getLogger("org.hibernate.validator");

    private static final String USAGE = String.join("\n",
            "Usage: java -jar consultation-examples.jar COMMAND [OPTIONS]",
            "",
            "  serve [--port N] [--host ADDRESS] [--pages DIR] [--db PATH|JDBC-URL] [--theme origin|govuk|plain]",
            "        [--locale en|cy] [--allow-origin URL]... [--trusted-proxy ADDRESS[/BITS]]...",
            "        [--rate-burst N] [--rate-per-minute N] [--duplicate-window SECONDS] [--threads N] [--any-page]",
            "        serve the consultation's pages with their feedback forms on http://localhost:N/,",
            "        take the existing site's JSON at /api/feedback, and show submissions at /admin/feedback",
            "  erase --email ADDRESS [--db PATH|JDBC-URL]",
            "        erase every submission with that email address",
            "  load [--url URL] [--count N] [--concurrency N] [--page PATH]",
            "        send N valid submissions to a running server and report submissions per second",
            "  render FILE.md [--theme origin|govuk|plain] [--locale en|cy] [--raw-html trusted|sanitised|escaped]",
            "        print the page as HTML, with its feedback form",
            "  form --page ID [--submission FILE|-] [--theme origin|govuk|plain] [--variant full|minimal|demo]",
            "       [--locale en|cy]",
            "        print the form; with a JSON submission, the form as shown after validating it",
            "  validate [--locale en|cy] [FILE|-]",
            "        validate one JSON submission and print the verdict as JSON;",
            "        exit status 0 valid, 1 invalid or spam, 2 unreadable",
            "  schema [--variant full|minimal]",
            "        print the JSON Schema of a submission, generated from the rules");

    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;

    Main(InputStream in, PrintStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    /** Runs the command and exits with its status. */
    public static void main(String[] args) {
        QUIET_VALIDATOR.setLevel(Level.WARNING);
        int status = new Main(System.in, System.out, System.err).run(args);
        if (status >= 0) {
            System.exit(status);
        }
    }

    /** Runs the command; returns its exit status, or -1 for a server left running. */
    int run(String... args) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("help")) {
            (args.length == 0 ? err : out).println(USAGE);
            return args.length == 0 ? UNREADABLE : OK;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        try {
            switch (args[0]) {
                case "serve":
                    return serve(Args.parse(rest, Set.of("host", "port", "pages", "db", "theme", "locale", "threads",
                            "allow-origin", "trusted-proxy", "rate-burst", "rate-per-minute", "duplicate-window"),
                            Set.of("any-page")));
                case "erase":
                    return erase(Args.parse(rest, Set.of("db", "email")));
                case "load":
                    return load(Args.parse(rest, Set.of("url", "count", "concurrency", "page")));
                case "render":
                    return render(Args.parse(rest, Set.of("theme", "locale", "raw-html")));
                case "form":
                    return form(Args.parse(rest, Set.of("page", "submission", "theme", "variant", "locale")));
                case "validate":
                    return validate(Args.parse(rest, Set.of("locale")));
                case "schema":
                    return schema(Args.parse(rest, Set.of("variant")));
                default:
                    throw new Args.UsageException("unknown command " + args[0]);
            }
        } catch (Args.UsageException e) {
            err.println("consultation: " + e.getMessage());
            err.println("Run with --help for usage.");
            return UNREADABLE;
        } catch (NoSuchFileException e) {
            err.println("consultation: no such file: " + e.getFile());
            return UNREADABLE;
        } catch (IOException e) {
            err.println("consultation: cannot read input: " + e.getMessage());
            return UNREADABLE;
        } catch (SQLException e) {
            err.println("consultation: cannot open the database: " + e.getMessage());
            return UNREADABLE;
        }
    }

    private int serve(Args args) throws IOException, SQLException {
        ServerSettings settings = new ServerSettings();
        settings.host = args.option("host").orElse("127.0.0.1");
        settings.port = args.intOption("port", 8080, 0, 65535);
        settings.threads = args.intOption("threads", 16, 1, 512);
        settings.rateBurst = args.intOption("rate-burst", 10, 0, 1_000_000);
        settings.ratePerMinute = args.doubleOption("rate-per-minute", 6, 0.001, 1_000_000);
        settings.allowedOrigins.addAll(args.all("allow-origin"));
        settings.trustedProxies.addAll(args.all("trusted-proxy"));
        Locale locale = locale(args);
        settings.form = ServerSettings.form(theme(args), locale);
        PageRenderer renderer = settings.pageRenderer();
        settings.pages = args.option("pages").isPresent()
                ? SitePages.fromDirectory(Path.of(args.option("pages").get()), renderer)
                : SitePages.bundled(renderer);
        if (settings.pages.all().isEmpty()) {
            throw new Args.UsageException("no .md pages found");
        }
        settings.useValidators(args.flag("any-page"));
        Duration window = Duration.ofSeconds(args.intOption("duplicate-window", 600, 1, 86_400 * 7));
        settings.store = FeedbackStore.open(args.option("db").orElse("consultation-feedback.db"), window,
                Math.max(2, settings.threads / 2));
        String password = System.getenv("CONSULTATION_ADMIN_PASSWORD");
        settings.adminPassword = password == null || password.isEmpty() ? AdminPages.randomPassword() : password;
        settings.log = err;
        ConsultationServer server = ConsultationServer.start(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            try {
                settings.store.close();
            } catch (SQLException e) {
                err.println("consultation: closing the database: " + e.getMessage());
            }
        }, "consultation-shutdown"));
        out.println("Serving " + settings.pages.all().size() + " pages on http://localhost:" + server.port() + "/");
        out.println("Feedback is stored in " + settings.store.description());
        if (password == null || password.isEmpty()) {
            out.println("Admin: http://localhost:" + server.port() + AdminPages.PREFIX + " (user admin, password "
                    + settings.adminPassword + "; set CONSULTATION_ADMIN_PASSWORD to choose one)");
        } else {
            out.println("Admin: http://localhost:" + server.port() + AdminPages.PREFIX + " (user admin)");
        }
        out.println("Press Ctrl+C to stop.");
        out.flush();
        return -1;
    }

    private int erase(Args args) throws SQLException {
        String email = args.option("email").orElseThrow(() -> new Args.UsageException("erase needs --email ADDRESS"));
        try (FeedbackStore store = FeedbackStore.open(args.option("db").orElse("consultation-feedback.db"))) {
            int erased = store.eraseEmail(email);
            out.println("Erased " + erased + (erased == 1 ? " submission" : " submissions") + " with that email address");
        }
        return OK;
    }

    private int load(Args args) {
        LoadClient.Report report = new LoadClient(args.option("url").orElse("http://127.0.0.1:8080"),
                args.option("page").orElse("/shared-record"))
                .run(args.intOption("count", 1000, 1, 10_000_000), args.intOption("concurrency", 8, 1, 1024));
        out.println(report);
        return report.failed() == 0 ? OK : INVALID;
    }

    private int render(Args args) throws IOException {
        String file = args.singleOperand("FILE.md").orElseThrow(() -> new Args.UsageException("render needs FILE.md"));
        Path path = Path.of(file);
        String slug = path.getFileName().toString().replaceFirst("\\.md$", "").replaceAll("\\s+", "-");
        FormRenderer form = FormRenderer.builder().theme(theme(args)).locale(locale(args)).build();
        Page page = Page.parse(slug, Files.readString(path, StandardCharsets.UTF_8));
        RenderedSite site = RenderedSite.render(Consultation.builder().of(List.of(page)),
                PageRenderer.builder().form(form).reserveIds(PageLayout.MAIN_ID).rawHtml(rawHtml(args)).build());
        out.print(PageLayout.document(site.pages().get(0), FormState.blank("/" + slug), form, site));
        return OK;
    }

    private static RawHtml rawHtml(Args args) {
        String name = args.option("raw-html").orElse("sanitised");
        return Arrays.stream(RawHtml.values()).filter(r -> r.name().equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> new Args.UsageException("--raw-html must be trusted, sanitised or escaped"));
    }

    private int form(Args args) throws IOException {
        String page = args.option("page").orElseThrow(() -> new Args.UsageException("form needs --page ID"));
        Locale locale = locale(args);
        FormRenderer form = FormRenderer.builder().theme(theme(args)).locale(locale).build();
        FormVariant variant = variant(args, FormVariant.values());
        if (args.option("submission").isEmpty()) {
            out.print(form.render(variant, FormState.blank(page)));
            return OK;
        }
        FeedbackValidator validator = FeedbackValidator.builder().locale(locale).build();
        Verdict verdict = validator.validateJson(read(args.option("submission").get()), variant);
        switch (verdict.status()) {
            case UNREADABLE:
                err.println("consultation: " + verdict.errors().get(0).message());
                return UNREADABLE;
            case INVALID:
                out.print(form.render(variant, FormState.failed(page, verdict.submission(), verdict.errors())));
                return INVALID;
            default:
                out.print(form.render(variant, FormState.succeeded(page)));
                return OK;
        }
    }

    private int validate(Args args) throws IOException {
        String source = args.singleOperand("FILE").orElse("-");
        FeedbackValidator validator = FeedbackValidator.builder().locale(locale(args)).build();
        Verdict verdict = validator.validateJson(read(source));
        if (verdict.status() == Verdict.Status.UNREADABLE) {
            err.println("consultation: " + verdict.errors().get(0).message());
        }
        out.println(VerdictJson.write(VerdictJson.of(verdict)));
        switch (verdict.status()) {
            case VALID:
                return OK;
            case UNREADABLE:
                return UNREADABLE;
            default:
                return INVALID;
        }
    }

    private int schema(Args args) {
        out.println(SubmissionSchema.json(variant(args, FormVariant.FULL, FormVariant.MINIMAL)));
        return OK;
    }

    private static FormVariant variant(Args args, FormVariant... allowed) {
        String name = args.option("variant").orElse("full");
        for (FormVariant v : allowed) {
            if (v.name().equalsIgnoreCase(name)) {
                return v;
            }
        }
        throw new Args.UsageException("--variant must be one of " + Arrays.stream(allowed)
                .map(v -> v.name().toLowerCase(Locale.ROOT)).toList());
    }

    private static Theme theme(Args args) {
        String name = args.option("theme").orElse("origin");
        return Theme.named(name).orElseThrow(() -> new Args.UsageException("--theme must be origin, govuk or plain"));
    }

    private static Locale locale(Args args) {
        String tag = args.option("locale").orElse("en");
        if (!tag.equals("en") && !tag.equals("cy")) {
            throw new Args.UsageException("--locale must be en or cy");
        }
        return Locale.forLanguageTag(tag);
    }

    private byte[] read(String source) throws IOException {
        if (source.equals("-")) {
            return in.readAllBytes();
        }
        return Files.readAllBytes(Path.of(source));
    }
}
