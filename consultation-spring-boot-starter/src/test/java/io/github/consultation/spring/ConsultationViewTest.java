package io.github.consultation.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.consultation.model.FormVariant;
import io.github.consultation.render.FormRenderer;
import io.github.consultation.render.FormState;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a view reads of the reader's language for the page's {@code <html>}. */
class ConsultationViewTest {
    private static ConsultationView view(Locale locale) {
        return ConsultationView.of(FormRenderer.builder().locale(locale).build(), FormState.blank("/"), FormVariant.FULL,
                Optional.empty(), "/consultation/feedback.js", "");
    }

    @Test
    void theLanguageAndItsDirection() {
        assertThat(view(Locale.ENGLISH).getLanguage()).isEqualTo("en");
        assertThat(view(Locale.ENGLISH).getDirection()).isEqualTo("ltr");
        assertThat(view(Locale.forLanguageTag("cy")).getDirection()).isEqualTo("ltr");
        // The form's language is one it has texts in (English for a language it lacks): its direction follows.
        assertThat(view(Locale.forLanguageTag("ar")).getLanguage()).isEqualTo("en");
        assertThat(view(Locale.forLanguageTag("ar")).getDirection()).isEqualTo("ltr");
        for (String rtl : new String[] {"ar", "he", "fa", "ur", "yi"}) {
            assertThat(ConsultationView.direction(Locale.forLanguageTag(rtl))).as(rtl).isEqualTo("rtl");
        }
        for (String ltr : new String[] {"en", "cy", "fr", "ga"}) {
            assertThat(ConsultationView.direction(Locale.forLanguageTag(ltr))).as(ltr).isEqualTo("ltr");
        }
    }
}
