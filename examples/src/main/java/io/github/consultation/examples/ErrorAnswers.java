package io.github.consultation.examples;

/**
 * Every answer that is not the one asked for, written in one place and in one shape per kind of
 * client: for a browser, a page in the site's layout with a heading, a sentence and a way home;
 * for a script, JSON with its {@code status}. The router's 404 and 405, a handler's 413, 415 or
 * 429, a body too slow (408), Jetty's own refusals (400, 431) and 503 while the server stops all
 * come here. Immutable.
 */
final class ErrorAnswers {
    private final Layout layout;

    ErrorAnswers(Layout layout) {
        this.layout = layout;
    }

    /** Writes {@code error} for {@code client}. */
    void answer(Exchange exchange, Routes.Client client, HttpError error) {
        error.headers().forEach(exchange::header);
        if (client == Routes.Client.API) {
            exchange.json(error.status(), error.json());
        } else {
            exchange.html(error.status(), layout.notice(error.title(layout.texts()), error.message(layout.texts())));
        }
    }
}
