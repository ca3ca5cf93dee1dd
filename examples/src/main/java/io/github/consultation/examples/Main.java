package io.github.consultation.examples;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.zaxxer.hikari.HikariDataSource;
import io.github.consultation.render.FormRenderer;
import io.github.consultation.render.FormState;
import io.github.consultation.render.Theme;
import io.github.consultation.pages.Consultation;
import io.github.consultation.model.FormDefinition;
import io.github.consultation.model.FormVariant;
import io.github.consultation.pages.Page;
import io.github.consultation.pages.PageFiles;
import io.github.consultation.definition.FormDefinitionFile;
import io.github.consultation.pages.PageFinding;
import io.github.consultation.pages.PageRenderer;
import io.github.consultation.pages.RawHtml;
import io.github.consultation.pages.RenderedPage;
import io.github.consultation.pages.RenderedSite;
import io.github.consultation.definition.SiteFileException;
import io.github.consultation.definition.ConsultationDefinition;
import io.github.consultation.pages.SiteFolder;
import io.github.consultation.pages.StaticExport;
import io.github.consultation.pages.MkDocsProject;
import io.github.consultation.store.FeedbackStore;
import io.github.consultation.validate.FeedbackValidator;
import io.github.consultation.validate.SubmissionSchema;
import io.github.consultation.validate.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The command line of the examples jar; {@link #USAGE} lists its commands. Every mistake in a
 * call, and every file that cannot serve, is answered with one line on standard error and exit
 * status 2; never a stack trace.
 */
public final class Main {
    static final int OK = 0;
    static final int INVALID = 1;
    static final int UNREADABLE = 2;

    /** The largest JSON submission file read: far beyond any valid one, well short of a memory problem. */
    private static final int MAX_SUBMISSION_FILE = 1024 * 1024;

    static final String USAGE = String.join("\n",
            "Usage: java -jar consultation-examples.jar COMMAND [OPTIONS]",
            "",
            "  serve [--port N] [--host ADDRESS] [--pages DIR] [--db PATH|JDBC-URL] [--theme origin|govuk|plain]",
            "        [--locale LANG] [--allow-origin URL]... [--trusted-proxy ADDRESS[/BITS]]...",
            "        [--rate-burst N] [--rate-per-minute N] [--duplicate-window SECONDS] [--any-page]",
            "        [--threads N] [--idle-timeout SECONDS] [--header-timeout SECONDS] [--body-timeout SECONDS]",
            "        [--connections-per-client N] [--grace SECONDS] [--access-log stdout|FILE|off]",
            "        [--base-path /PATH/] [--strict]",
            "        serve the consultation's pages with their feedback forms on http://localhost:N/,",
            "        take the existing site's JSON at /api/feedback, and show submissions at /admin/feedback.",
            "        DIR: Markdown pages, with feedback-form.yml beside them if the form is the team's own,",
            "        or a MkDocs project (its mkdocs.yml): each page at MkDocs' address, its other files",
            "        (images, PDFs, stylesheets) beside them, everything under its site_url's path or",
            "        --base-path. A Markdown extension the library does not follow is named on start;",
            "        --strict refuses to serve instead. Rate limits per client: "
                    + ServerSettings.RATE_BURST + " accepted submissions at once, then "
                    + plain(ServerSettings.RATE_PER_MINUTE) + " a minute",
            "        (--rate-burst, --rate-per-minute; --rate-burst 0 turns limits off); refused ones, which a",
            "        reader corrects and sends again, have their own budget of " + ServerSettings.REFUSED_BURST
                    + " at once, then " + plain(ServerSettings.REFUSED_PER_MINUTE) + " a minute.",
            "        Slow and greedy clients: a connection with nothing to say is closed after "
                    + ServerSettings.IDLE_TIMEOUT_SECONDS + " s; a request's",
            "        line and headers must arrive within " + ServerSettings.HEADER_TIMEOUT_SECONDS
                    + " s of its first byte, its body within " + ServerSettings.BODY_TIMEOUT_SECONDS
                    + " s of its headers;",
            "        one client address holds at most " + ServerSettings.CONNECTIONS_PER_CLIENT
                    + " connections (a --trusted-proxy has no cap); headers at most",
            "        " + ServerSettings.MAX_HEADERS + " fields and " + ServerSettings.MAX_HEADER_BYTES / 1024
                    + " KiB, bodies at most 64 KiB. " + ServerSettings.THREADS + " threads run handlers (--threads);",
            "        a slow client holds none.",
            "        On SIGTERM, requests in flight finish within " + ServerSettings.GRACE_SECONDS
                    + " s (--grace), then the database is closed.",
            "        Each request is logged to stdout in the W3C Extended Log File Format, without the client's",
            "        address (--access-log FILE appends to a file, --access-log off turns it off)",
            "  export DIR --out OUT [--base-url URL] [--endpoint URL] [--token-endpoint URL]",
            "         [--theme origin|govuk|plain] [--locale LANG] [--strict]",
            "        write the site in DIR as static files in OUT, at MkDocs' addresses, as mkdocs build does: each",
            "        page with its form, the page with the thanks (sent.html beside it), the site's own files, the",
            "        library's stylesheets and script, 404.html and sitemap.xml (which needs the site's full",
            "        address: --base-url, else site_url). The forms post to URL, with scripts as JSON and",
            "        without as a form (default: the site's own /api/feedback); run serve --pages DIR",
            "        --allow-origin ORIGIN there, ORIGIN being where OUT is published. For a Spring Boot starter's",
            "        endpoint, whose cross-origin posts need a signed form token, give --token-endpoint",
            "        URL/token too: the script fetches the token from there when a page is shown. OUT must be",
            "        empty, or an earlier export's, which is emptied first",
            "  import FILE.csv [--db PATH|JDBC-URL] [--form FORM.yml] [--zone ZONE] [--date-order dmy|mdy]",
            "        store the feedback a site collected before, from a spreadsheet export: a header row naming",
            "        the JSON keys (tab, page, nature, summary, details, role, org, email) and a timestamp",
            "        column, in any order. Each row is checked with the form's rules and kept at its own time",
            "        (times without an offset are in ZONE, default UTC); a row stored before is not stored again.",
            "        Refused rows are listed as FILE:LINE: why; nothing is stored if the header cannot be mapped.",
            "        Exit status 0 if every row was taken, 1 if some were refused, 2 if none could be",
            "  erase --email ADDRESS [--db PATH|JDBC-URL]",
            "        erase every submission with that email address",
            "  load [--url URL] [--count N] [--concurrency N] [--page PATH]",
            "        send N valid submissions to a running server and report submissions per second",
            "  render FILE.md [--slug SLUG] [--form FORM.yml] [--theme origin|govuk|plain] [--locale LANG]",
            "        [--raw-html trusted|sanitised|escaped]",
            "        print the page as HTML, with its feedback form; its address is made from the file's name",
            "        (lower case, hyphens, accents dropped) unless --slug gives it",
            "  form --page ADDRESS [--form FORM.yml] [--submission FILE|-] [--theme origin|govuk|plain]",
            "       [--variant full|minimal|demo] [--locale LANG]",
            "        print the form; with a JSON submission, the form as shown after validating it",
            "  validate [--form FORM.yml] [--locale LANG] [FILE|-]",
            "        validate one JSON submission and print the verdict as JSON;",
            "        exit status 0 valid, 1 invalid or spam, 2 unreadable",
            "  schema [--form FORM.yml] [--variant full|minimal] [--definition]",
            "        print the JSON Schema of a submission, generated from the form's rules; with --definition,",
            "        the JSON Schema of a definition file itself, for an editor's completion",
            "  check DIR [--json]",
            "        list what, on the author's side, makes the pages in DIR fail WCAG 2.2 AA or HTML validity:",
            "        colours below contrast, skipped heading levels, images without text, links to pages that",
            "        do not exist, images and files that do not exist, ids used twice, what the sanitiser",
            "        removed, Markdown extensions the library does not follow; and what its definition file",
            "        says to act on: every problem, keys read under an old name, texts not yet translated;",
            "        exit status 1 if there is any",
            "  texts DIR --missing LANG",
            "        print, as YAML to translate and add to DIR's definition file, every text that LANG (a",
            "        language based on another) has none of its own for, each with its base language's text",
            "",
            "FORM.yml is a form definition file (feedback-form.yml); without --form, the built-in form.",
            "LANG is a language the site's or form's definition speaks: en and cy are built in, and a",
            "definition file adds any other.");

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
        int status = new Main(System.in, System.out, System.err).run(args);
        if (status >= 0) {
            System.exit(status);
        }
    }

    private static String plain(double n) {
        return n == Math.rint(n) ? String.valueOf((long) n) : String.valueOf(n);
    }

    /** Runs the command; returns its exit status, or -1 for a server left running. */
    int run(String... args) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("help")) {
            (args.length == 0 ? err : out).println(USAGE);
            return args.length == 0 ? UNREADABLE : OK;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        String command = args[0];
        try {
            switch (command) {
                case "serve":
                    return serve(Args.parse(command, rest, Set.of("host", "port", "pages", "db", "theme", "locale",
                            "threads", "allow-origin", "trusted-proxy", "rate-burst", "rate-per-minute",
                            "duplicate-window", "idle-timeout", "header-timeout", "body-timeout",
                            "connections-per-client", "grace", "access-log", "base-path"), Set.of("any-page", "strict"),
                            List.of()));
                case "export":
                    return export(Args.parse(command, rest, Set.of("out", "base-url", "endpoint", "token-endpoint", "theme", "locale"),
                            Set.of("strict"), List.of("DIR")));
                case "import":
                    return importCsv(Args.parse(command, rest, Set.of("db", "form", "zone", "date-order"), Set.of(),
                            List.of("FILE.csv")));
                case "erase":
                    return erase(Args.parse(command, rest, Set.of("db", "email"), Set.of(), List.of()));
                case "load":
                    return load(Args.parse(command, rest, Set.of("url", "count", "concurrency", "page"), Set.of(),
                            List.of()));
                case "render":
                    return render(Args.parse(command, rest, Set.of("slug", "form", "theme", "locale", "raw-html"),
                            Set.of(), List.of("FILE.md")));
                case "form":
                    return form(Args.parse(command, rest, Set.of("page", "form", "submission", "theme", "variant",
                            "locale"), Set.of(), List.of()));
                case "validate":
                    return validate(Args.parse(command, rest, Set.of("form", "locale"), Set.of(), List.of("FILE")));
                case "schema":
                    return schema(Args.parse(command, rest, Set.of("form", "variant"), Set.of("definition"), List.of()));
                case "check":
                    return check(Args.parse(command, rest, Set.of(), Set.of("json"), List.of("DIR")));
                case "texts":
                    return texts(Args.parse(command, rest, Set.of("missing"), Set.of(), List.of("DIR")));
                default:
                    throw new Args.UsageException("unknown command " + command);
            }
        } catch (Args.UsageException e) {
            err.println("consultation: " + e.getMessage() + " (run with --help for usage)");
            return UNREADABLE;
        } catch (SiteFileException e) {
            // Each problem of a definition file or mkdocs.yml on its own line, with its line and column.
            err.println("consultation: " + e.getMessage());
            return UNREADABLE;
        } catch (IOException e) {
            err.println("consultation: " + e.getMessage());
            return UNREADABLE;
        } catch (SQLException e) {
            err.println("consultation: cannot use the database: " + oneLine(e.getMessage()));
            return UNREADABLE;
        } catch (IllegalArgumentException | IllegalStateException e) {
            err.println("consultation: " + oneLine(e.getMessage()));
            return UNREADABLE;
        }
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", "; ");
    }

    private int serve(Args args) throws IOException, SQLException {
        String password = System.getenv("CONSULTATION_ADMIN_PASSWORD");
        boolean ownPassword = password != null && !password.isEmpty();
        ServerSettings.Builder builder = ServerSettings.builder()
                .host(args.option("host").orElse("127.0.0.1"))
                .port(args.intOption("port", 8080, 0, 65535))
                .threads(args.intOption("threads", ServerSettings.THREADS, 1, 512))
                .idleTimeout(seconds(args, "idle-timeout", ServerSettings.IDLE_TIMEOUT_SECONDS))
                .headerTimeout(seconds(args, "header-timeout", ServerSettings.HEADER_TIMEOUT_SECONDS))
                .bodyTimeout(seconds(args, "body-timeout", ServerSettings.BODY_TIMEOUT_SECONDS))
                .connectionsPerClient(args.intOption("connections-per-client", ServerSettings.CONNECTIONS_PER_CLIENT, 1,
                        100_000))
                .grace(seconds(args, "grace", ServerSettings.GRACE_SECONDS))
                .rateBurst(args.intOption("rate-burst", ServerSettings.RATE_BURST, 0, 1_000_000))
                .ratePerMinute(args.doubleOption("rate-per-minute", ServerSettings.RATE_PER_MINUTE, 0.001, 1_000_000))
                .locale(locale(args))
                .theme(theme(args))
                .accessLog(AccessLog.parse(args.nonEmptyOption("access-log").orElse("stdout")))
                .log(err);
        args.all("allow-origin").forEach(builder::allowOrigin);
        args.all("trusted-proxy").forEach(builder::trustProxy);
        if (ownPassword) {
            builder.adminPassword(password);
        }
        ServerSettings settings = builder.build();
        Duration window = Duration.ofSeconds(args.intOption("duplicate-window", 600, 1, 86_400 * 7));
        Optional<Path> pages = args.nonEmptyOption("pages").map(Path::of);
        Site site = Site.load(settings, pages, args.flag("any-page"), new Site.Options(args.nonEmptyOption("base-path"),
                args.flag("strict"), Optional.empty()));
        if (site.pages().all().isEmpty()) {
            throw new Args.UsageException("no pages found in " + pages.map(Path::toString).orElse("the jar")
                    + " (pages are .md or .markdown files)");
        }
        HikariDataSource database = Database.open(args.option("db").orElse("consultation-feedback.db"),
                Math.max(2, settings.threads() / 2));
        ConsultationServer server;
        try {
            FeedbackStore store = site.openStore(database, window);
            for (String note : site.pages().notes()) {
                err.println("consultation: " + note);
            }
            server = ConsultationServer.start(settings, site, store);
        } catch (SQLException | IOException | RuntimeException e) {
            database.close();
            throw e;
        }
        // SIGTERM (and Ctrl+C): stop taking requests, let those in flight finish, then close the
        // database, so that nothing acknowledged is lost.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            database.close();
            err.println("consultation: stopped");
        }, "consultation-shutdown"));
        int count = site.pages().all().size();
        String base = site.pages().base();
        out.println("Serving " + count + (count == 1 ? " page" : " pages") + " on http://localhost:" + server.port() + base);
        out.println("Feedback is stored in " + Database.describe(database));
        String admin = base + AdminPages.PREFIX.substring(1);
        if (ownPassword) {
            out.println("Admin: http://localhost:" + server.port() + admin + " (user admin)");
        } else {
            out.println("Admin: http://localhost:" + server.port() + admin + " (user admin, password "
                    + settings.adminPassword() + "; set CONSULTATION_ADMIN_PASSWORD to choose one)");
        }
        out.println("Press Ctrl+C to stop.");
        out.flush();
        return -1;
    }

    /**
     * {@code export DIR --out OUT}: the site as static files, its forms posting to the endpoint;
     * each file written is counted, and what the export noticed said on standard error.
     */
    private int export(Args args) throws IOException {
        Path folder = Path.of(args.operand().orElseThrow(() -> new Args.UsageException("export needs DIR")));
        Path outDir = Path.of(args.nonEmptyOption("out").orElseThrow(() -> new Args.UsageException("export needs --out OUT")));
        Optional<String> baseUrl = args.nonEmptyOption("base-url");
        Optional<String> basePath = baseUrl.map(url -> {
            if (!url.matches("(?i)https?://[^/\\s]+(/\\S*)?")) {
                throw new Args.UsageException("--base-url must be a full http or https address, such as"
                        + " https://example.org/consultation/");
            }
            String path = java.net.URI.create(url).getRawPath();
            return path == null || path.isEmpty() ? "/" : path.endsWith("/") ? path : path + "/";
        });
        Optional<String> endpoint = addressOption(args, "endpoint", "/api/feedback");
        Optional<String> tokenEndpoint = addressOption(args, "token-endpoint", "/api/feedback/token");
        if (tokenEndpoint.isPresent() && endpoint.isEmpty()) {
            throw new Args.UsageException("--token-endpoint needs --endpoint: the token is for the endpoint's site");
        }
        ServerSettings settings = ServerSettings.builder().theme(theme(args)).locale(locale(args)).log(err).build();
        // Without --endpoint, the forms post to the site's own /api/feedback, under its base path.
        Site site = Site.load(settings, Optional.of(folder), false, new Site.Options(basePath, args.flag("strict"),
                Optional.of(endpoint.orElse(FeedbackApi.PATH.substring(1))), tokenEndpoint));
        String base = site.pages().base();
        for (String note : site.pages().notes()) {
            err.println("consultation: " + note);
        }
        Layout layout = new Layout(site.pages(), site.form(), site.name());
        StaticExport.Builder export = StaticExport.builder(site.pages().site())
                .documents((page, href, state) -> layout.page(page, state))
                .notFound(layout.notice(HttpError.notFound().title(layout.texts()), HttpError.notFound().message(layout.texts())));
        new StaticAssets(settings.theme()).all().forEach(export::asset);
        baseUrl.or(() -> site.pages().siteUrl()).ifPresent(export::baseUrl);
        StaticExport.Written written = export.build().writeTo(outDir);
        for (String note : written.notes()) {
            err.println("consultation: " + note);
        }
        long pageCount = site.pages().all().size();
        out.println("Wrote " + written.files().size() + " files to " + outDir + ": " + pageCount
                + (pageCount == 1 ? " page" : " pages") + " under " + base + ", their forms posting to "
                + endpoint.orElse(base + FeedbackApi.PATH.substring(1)));
        return OK;
    }

    /** An option naming an http or https address or a path, such as {@code --endpoint}. */
    private static Optional<String> addressOption(Args args, String name, String example) {
        Optional<String> value = args.nonEmptyOption(name);
        if (value.isPresent() && !value.get().matches("(?i)(https?://[^/\\s]+)?/\\S*")) {
            throw new Args.UsageException("--" + name + " must be an http or https address, or a path such as " + example);
        }
        return value;
    }

    private static Duration seconds(Args args, String name, int fallback) {
        return Duration.ofSeconds(args.intOption(name, fallback, 1, 3600));
    }

    private int importCsv(Args args) throws IOException, SQLException {
        Path file = Path.of(args.operand().orElseThrow(() -> new Args.UsageException("import needs FILE.csv")));
        if (!Files.isRegularFile(file)) {
            throw new IOException(Files.isDirectory(file) ? file + " is a folder, not a CSV file" : "there is no file " + file);
        }
        FormDefinition definition = definition(args);
        java.time.ZoneId zone;
        try {
            zone = java.time.ZoneId.of(args.option("zone").orElse("UTC"));
        } catch (java.time.DateTimeException e) {
            throw new Args.UsageException("--zone must be a time zone such as UTC or Europe/London");
        }
        FeedbackImport.DateOrder order = switch (args.option("date-order").orElse("")) {
            case "" -> FeedbackImport.DateOrder.UNKNOWN;
            case "dmy" -> FeedbackImport.DateOrder.DAY_FIRST;
            case "mdy" -> FeedbackImport.DateOrder.MONTH_FIRST;
            default -> throw new Args.UsageException("--date-order must be dmy or mdy");
        };
        java.io.Console console = System.console();
        FeedbackImport.Progress progress = console == null ? new FeedbackImport.Progress() {
            @Override
            public void show(String line) {
            }

            @Override
            public void done() {
            }
        } : new FeedbackImport.Progress() {
            private boolean shown;

            @Override
            public void show(String line) {
                err.print("\r" + line + "   ");
                err.flush();
                shown = true;
            }

            @Override
            public void done() {
                if (shown) {
                    err.println();
                }
            }
        };
        try (HikariDataSource database = Database.open(args.option("db").orElse("consultation-feedback.db"), 2)) {
            FeedbackStore store = FeedbackStore.builder(database).form(definition).build();
            FeedbackImport.Report report = new FeedbackImport(definition, store, zone, order, err, progress)
                    .run(file, System::nanoTime);
            out.println(report);
            return report.refused() == 0 ? OK : INVALID;
        } catch (FeedbackImport.HeaderException e) {
            err.println("consultation: " + e.getMessage());
            return UNREADABLE;
        }
    }

    private int erase(Args args) throws SQLException {
        String email = args.nonEmptyOption("email").orElseThrow(() -> new Args.UsageException("erase needs --email ADDRESS"));
        try (HikariDataSource database = Database.open(args.option("db").orElse("consultation-feedback.db"), 1)) {
            int erased = FeedbackStore.builder(database).build().eraseEmail(email);
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
        Path path = Path.of(args.operand().orElseThrow(() -> new Args.UsageException("render needs FILE.md")));
        String slug = args.nonEmptyOption("slug").orElseGet(() -> slugOf(path));
        String text = PageFiles.text(path);
        if (text.isBlank()) {
            throw new IOException(path + " is empty: a page needs at least a title");
        }
        Page page = Page.parse(slug, text);
        FormDefinition definition = definition(args);
        FormRenderer form = FormRenderer.builder().form(definition).theme(theme(args)).locale(locale(args, definition))
                .build();
        RenderedSite site = RenderedSite.render(Consultation.builder().of(List.of(page)),
                PageRenderer.builder().form(form).reserveIds(Layout.MAIN_ID).rawHtml(rawHtml(args)).build());
        SitePages one = SitePages.of(site);
        out.print(new Layout(one, form, SitePages.SAMPLE_NAME).page(site.pages().get(0), FormState.blank("/" + slug)));
        return OK;
    }

    /** The page address a file's name makes, or a one-line refusal where it cannot make one. */
    private static String slugOf(Path path) {
        try {
            return Page.slugOf(String.valueOf(path.getFileName()));
        } catch (IllegalArgumentException e) {
            throw new Args.UsageException(e.getMessage() + "; give the page an address with --slug");
        }
    }

    private static RawHtml rawHtml(Args args) {
        String name = args.option("raw-html").orElse("sanitised");
        return Arrays.stream(RawHtml.values()).filter(r -> r.name().equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> new Args.UsageException("--raw-html must be trusted, sanitised or escaped"));
    }

    private int form(Args args) throws IOException {
        String page = args.nonEmptyOption("page").orElseThrow(() -> new Args.UsageException("form needs --page ADDRESS"));
        FormDefinition definition = definition(args);
        Locale locale = locale(args, definition);
        FormRenderer form = FormRenderer.builder().form(definition).theme(theme(args)).locale(locale).build();
        FormVariant variant = variant(args, FormVariant.values());
        if (args.option("submission").isEmpty()) {
            out.print(form.render(variant, FormState.blank(page)));
            return OK;
        }
        // The page shown carries the form of --variant: the validator knows it as a host names its pages.
        FeedbackValidator validator = FeedbackValidator.builder().form(definition).locale(locale).page(page, variant)
                .build();
        Verdict verdict = validator.validateJson(read(args.option("submission").get()));
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
        FormDefinition definition = definition(args);
        FeedbackValidator validator = FeedbackValidator.builder().form(definition).locale(locale(args, definition)).build();
        Verdict verdict = validator.validateJson(read(args.operand().orElse("-")));
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

    private int schema(Args args) throws IOException {
        if (args.flag("definition")) {
            out.print(FormDefinitionFile.schema());
            return OK;
        }
        out.println(SubmissionSchema.json(definition(args), variant(args, FormVariant.FULL, FormVariant.MINIMAL)));
        return OK;
    }

    /**
     * {@code check DIR}: each finding as {@code file:line: message}, then a count; with
     * {@code --json}, the same as one JSON object. Exit status 1 if there is any finding.
     */
    private int check(Args args) throws IOException {
        Path folder = Path.of(args.operand().orElseThrow(() -> new Args.UsageException("check needs DIR")));
        ArrayNode findings = VerdictJson.mapper().createArrayNode();
        SiteFolder.Site loaded;
        try {
            loaded = SiteFolder.load(folder);
        } catch (SiteFileException e) {
            // A definition (or mkdocs.yml) that cannot serve: its problems are the findings, each where it stands.
            for (SiteFileException.Problem p : e.problems()) {
                finding(findings, p.file(), p.line(), p.column(), "definition", p.message(), args.flag("json"));
            }
            return summary(args, findings, 0, -1, findings.size());
        }
        int fromDefinition = definitionFindings(loaded, findings, args.flag("json"));
        // The author's colours as written (the server adjusts them; the check reports them).
        RenderedSite site = RenderedSite.render(loaded.consultation(), PageRenderer.builder()
                .form(Site.form(loaded.form(), Theme.ORIGIN, Locale.ENGLISH)).dialect(loaded.dialect())
                .extensions(loaded.extensions()).reserveIds(Layout.MAIN_ID).build());
        int pagesWithFindings = 0;
        // Each Markdown extension the pages are written for that the library does not follow, with its line.
        for (MkDocsProject.Unfollowed u : loaded.mkdocs().map(MkDocsProject::unfollowed).orElse(List.of())) {
            ObjectNode node = findings.addObject().put("file", u.file()).put("line", u.line())
                    .put("kind", "unfollowed-extension").put("message", "the Markdown extension '" + u.name()
                            + "' is not one this library follows, so " + u.difference());
            if (!args.flag("json")) {
                out.println(u.file() + ":" + u.line() + ": " + node.get("message").asText());
            }
        }
        for (RenderedPage page : site.pages()) {
            String file = site.consultation().file(page.page()).orElse(page.page().slug() + ".md");
            List<PageFinding> found = site.findings(page.page().slug());
            pagesWithFindings += found.isEmpty() ? 0 : 1;
            for (PageFinding f : found) {
                ObjectNode node = findings.addObject().put("file", file).put("line", f.line())
                        .put("kind", f.kind().name().toLowerCase(Locale.ROOT).replace('_', '-')).put("message", f.message());
                if (!args.flag("json")) {
                    out.println(node.get("file").asText() + ":" + f.line() + ": " + f.message());
                }
            }
        }
        for (String note : SitePages.notes(loaded)) {
            if (!note.contains("is not one this library follows")
                    && loaded.definition().warnings().stream().noneMatch(w -> w.toString().equals(note))
                    && unknownPages(loaded).stream().noneMatch(p -> p.toString().equals(note))) {
                err.println("consultation: " + note);
            }
        }
        return summary(args, findings, pagesWithFindings, site.pages().size(), fromDefinition);
    }

    /**
     * What the site's definition file says that a team should act on: what it still reads under an
     * old name, and for each language given by the texts that differ from a base, the texts it
     * takes from the base (shown in the base's language on its pages, until translated).
     */
    private int definitionFindings(SiteFolder.Site loaded, ArrayNode findings, boolean json) {
        int before = findings.size();
        String file = loaded.definitionFile().map(Path::toString).orElse("");
        for (SiteFileException.Problem w : loaded.definition().warnings()) {
            finding(findings, w.file(), w.line(), w.column(), "definition-warning", w.message(), json);
        }
        for (SiteFileException.Problem p : unknownPages(loaded)) {
            finding(findings, p.file(), p.line(), p.column(), "unknown-page", p.message(), json);
        }
        for (SiteFileException.Problem note : loaded.definition().untranslated()) {
            String code = loaded.definition().languages().stream().filter(l -> note.message().contains(" no "
                    + l.getDisplayLanguage(Locale.ENGLISH) + " of their own")).map(Locale::getLanguage).findFirst()
                    .orElse("LANG");
            finding(findings, note.file(), note.line(), note.column(), "untranslated", note.message() + "; `texts "
                    + folder(loaded) + " --missing " + code + "` prints them, each with its text to translate", json);
        }
        return findings.size() - before;
    }

    /** The definition's page rules that name no page or folder of the site's pages. */
    private static List<SiteFileException.Problem> unknownPages(SiteFolder.Site loaded) {
        return loaded.definition().unknownPages(rule -> Files.exists(loaded.pages().resolve(rule)));
    }

    private static String folder(SiteFolder.Site loaded) {
        return loaded.definitionFile().map(f -> String.valueOf(f.getParent())).orElse("DIR");
    }

    /**
     * {@code texts DIR --missing LANG}: every text the definition's language LANG takes from its base,
     * with the base's text, as YAML to translate: under {@code texts.LANG} where every form that
     * lacks it shows the same text, else under {@code forms.NAME.texts.LANG}. Sorted by key.
     */
    private int texts(Args args) throws IOException {
        Path folder = Path.of(args.operand().orElseThrow(() -> new Args.UsageException("texts needs DIR")));
        String code = args.nonEmptyOption("missing").orElseThrow(() -> new Args.UsageException(
                "texts needs --missing LANG"));
        Locale language = Locale.forLanguageTag(code);
        ConsultationDefinition definition = SiteFolder.load(folder).definition();
        if (!definition.languages().contains(language)) {
            throw new Args.UsageException("the definition does not speak '" + code + "'; it speaks "
                    + definition.languages().stream().map(Locale::getLanguage).toList());
        }
        Map<String, Map<String, String>> byForm = new java.util.LinkedHashMap<>();
        Map<String, java.util.Set<String>> textsOf = new java.util.TreeMap<>();
        definition.forms().forEach((name, form) -> {
            Optional<Locale> base = form.base(language);
            if (base.isEmpty()) {
                return;
            }
            Map<String, String> baseTexts = form.texts(base.get()).asMap();
            Map<String, String> missing = new java.util.TreeMap<>();
            form.untranslated(language).forEach(key -> missing.put(key, baseTexts.getOrDefault(key, "")));
            byForm.put(name, missing);
            missing.forEach((key, text) -> textsOf.computeIfAbsent(key, k -> new java.util.HashSet<>()).add(text));
        });
        ObjectNode root = VerdictJson.mapper().createObjectNode();
        ObjectNode shared = VerdictJson.mapper().createObjectNode();
        ObjectNode forms = VerdictJson.mapper().createObjectNode();
        byForm.forEach((name, missing) -> missing.forEach((key, text) -> {
            if (textsOf.get(key).size() == 1) {
                shared.put(key, text);
            } else {
                ((ObjectNode) forms.with(name).with("texts")).with(code).put(key, text);
            }
        }));
        if (!shared.isEmpty()) {
            root.putObject("texts").set(code, sortedCopy(shared));
        }
        if (!forms.isEmpty()) {
            root.set("forms", forms);
        }
        int count = shared.size() + forms.findValues(code).stream().mapToInt(n -> n.size()).sum();
        out.println("# " + count + " texts with no " + language.getDisplayLanguage(Locale.ENGLISH)
                + " of their own, each with the text shown instead: translate them into the definition file");
        out.print(root.isEmpty() ? "" : new com.fasterxml.jackson.dataformat.yaml.YAMLMapper()
                .disable(com.fasterxml.jackson.dataformat.yaml.YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .writeValueAsString(root));
        return OK;
    }

    private static ObjectNode sortedCopy(ObjectNode node) {
        ObjectNode copy = VerdictJson.mapper().createObjectNode();
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        names.stream().sorted().forEach(n -> copy.set(n, node.get(n)));
        return copy;
    }

    private void finding(ArrayNode findings, String file, int line, int column, String kind, String message, boolean json) {
        findings.addObject().put("file", file).put("line", line).put("column", column).put("kind", kind)
                .put("message", message);
        if (!json) {
            out.println(file + ":" + line + ":" + column + ": " + message);
        }
    }

    /** The count of findings (or, with {@code --json}, every finding as one object); exit status 1 if there is any. */
    private int summary(Args args, ArrayNode findings, int pagesWithFindings, int pages, int fromDefinition) {
        int n = findings.size();
        if (args.flag("json")) {
            ObjectNode root = VerdictJson.mapper().createObjectNode();
            root.put("pages", Math.max(pages, 0)).put("findings", n).set("items", findings);
            out.println(VerdictJson.write(root));
        } else if (pages < 0) {
            // The definition could not be read, so no page was looked at: say so rather than "0 of 0 pages".
            out.println(n + (n == 1 ? " finding" : " findings") + " in the definition file; the pages are checked once"
                    + " it can be read");
        } else {
            out.println(n + (n == 1 ? " finding" : " findings") + " in " + pagesWithFindings + " of " + pages
                    + (pages == 1 ? " page" : " pages") + (fromDefinition == 0 ? "" : ", " + fromDefinition
                    + " in the definition file"));
        }
        return n == 0 ? OK : INVALID;
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

    /** The form of {@code --form FILE}, or the built-in one. */
    private static FormDefinition definition(Args args) throws IOException {
        Optional<String> file = args.nonEmptyOption("form");
        return file.isPresent() ? FormDefinitionFile.read(Path.of(file.get())) : FormDefinition.pageFeedback();
    }

    private static Theme theme(Args args) {
        String name = args.option("theme").orElse("origin");
        return Theme.named(name).orElseThrow(() -> new Args.UsageException("--theme must be origin, govuk or plain"));
    }

    /** The language {@code --locale} names (English without it), in the form that the site's pages carry checked after. */
    private static Locale locale(Args args) {
        String tag = args.option("locale").orElse("en");
        if (!tag.matches("[a-z]{2,3}")) {
            throw new Args.UsageException("--locale is a language's code, such as en, cy or fr");
        }
        return Locale.forLanguageTag(tag);
    }

    /** The language {@code --locale} names, one {@code definition} speaks. */
    private static Locale locale(Args args, FormDefinition definition) {
        Locale locale = locale(args);
        if (definition.languages().stream().noneMatch(l -> l.getLanguage().equals(locale.getLanguage()))) {
            throw new Args.UsageException("--locale " + locale.toLanguageTag() + ": the form speaks "
                    + String.join(", ", definition.languages().stream().map(Locale::toLanguageTag).toList()));
        }
        return locale;
    }

    /** A JSON submission from a file, or from standard input for {@code -}. */
    private byte[] read(String source) throws IOException {
        if (source.equals("-")) {
            return in.readNBytes(MAX_SUBMISSION_FILE + 1);
        }
        Path file = Path.of(source);
        if (Files.isDirectory(file)) {
            throw new IOException(source + " is a folder, not a submission file");
        }
        if (!Files.exists(file)) {
            throw new IOException("there is no file " + source);
        }
        try (InputStream stream = Files.newInputStream(file)) {
            // The validator refuses what is over its limit; reading stops a little past it.
            return stream.readNBytes(MAX_SUBMISSION_FILE + 1);
        }
    }
}
