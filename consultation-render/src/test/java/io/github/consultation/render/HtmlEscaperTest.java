package io.github.consultation.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/** Each context escapes what would end it, and nothing else. */
class HtmlEscaperTest {
    @Test
    void textEscapesMarkupCharactersOnly() {
        assertEquals("Fish &amp; chips &lt;3 &gt; \"quoted\" 'single'", HtmlEscaper.text("Fish & chips <3 > \"quoted\" 'single'"));
    }

    @Test
    void attributeAlsoEscapesBothQuotes() {
        assertEquals("a &quot;b&quot; &#39;c&#39; &amp;&lt;&gt;", HtmlEscaper.attribute("a \"b\" 'c' &<>"));
    }

    @Test
    void cleanTextIsReturnedAsItIs() {
        String clean = "Plain words, accents \u00e9, emoji \uD83D\uDE00 and \u2019 apostrophes";
        assertSame(clean, HtmlEscaper.text(clean));
        assertSame(clean, HtmlEscaper.attribute(clean));
    }

    @Test
    void carriageReturnSurvivesAsAReference() {
        assertEquals("one&#13;\ntwo", HtmlEscaper.text("one\r\ntwo"));
    }

    @Test
    void nulAndUnpairedSurrogatesBecomeTheReplacementCharacter() {
        assertEquals("a\uFFFDb", HtmlEscaper.text("a\0b"));
        assertEquals("a\uFFFDb", HtmlEscaper.attribute("a\uD800b"));
        assertEquals("\uFFFD", HtmlEscaper.text("\uDC00"));
        assertEquals("x\uD83D\uDE00&lt;", HtmlEscaper.text("x\uD83D\uDE00<"), "a pair is kept");
    }

    @Test
    void urlsWithAnUnsafeSchemeBecomeAHash() {
        assertEquals("#", HtmlEscaper.url("javascript:alert(1)"));
        assertEquals("#", HtmlEscaper.url(" JavaScript:alert(1)"));
        assertEquals("#", HtmlEscaper.url("java\tscript:alert(1)"));
        assertEquals("#", HtmlEscaper.url("data:text/html,<script>"));
        assertEquals("#", HtmlEscaper.url("vbscript:x"));
    }

    @Test
    void safeUrlsArePercentEncodedAndAttributeSafe() {
        assertEquals("https://example.org/a%20b?q=1&amp;r=%22x%22", HtmlEscaper.url("https://example.org/a b?q=1&r=\"x\""));
        assertEquals("/pages/caf%C3%A9#top", HtmlEscaper.url("/pages/caf\u00e9#top"));
        assertEquals("mailto:team@example.org", HtmlEscaper.url("mailto:team@example.org"));
        assertEquals("relative/path:with-colon-later", HtmlEscaper.url("relative/path:with-colon-later"));
        assertEquals("%3Cscript%3E", HtmlEscaper.url("<script>"));
    }

    @Test
    void appendableOverloadWritesTheSame() {
        StringBuilder out = new StringBuilder("before:");
        HtmlEscaper.attribute("<\"x\">", out);
        assertEquals("before:&lt;&quot;x&quot;&gt;", out.toString());
    }

    @Test
    void aFailingOutputIsReportedUnchecked() {
        Appendable broken = new Appendable() {
            @Override
            public Appendable append(CharSequence csq) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public Appendable append(CharSequence csq, int start, int end) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public Appendable append(char c) throws IOException {
                throw new IOException("disk full");
            }
        };
        assertThrows(UncheckedIOException.class, () -> HtmlEscaper.text("a<b", broken));
        assertThrows(UncheckedIOException.class, () -> HtmlEscaper.text("clean", broken));
    }
}
