package io.github.consultation.spring;

import io.github.consultation.render.FormRenderer;
import io.github.consultation.render.Theme;
import io.github.consultation.model.FormDefinition;
import io.github.consultation.definition.FormDefinitionFile;
import io.github.consultation.pages.PageRenderer;
import io.github.consultation.pages.RenderedSite;
import io.github.consultation.pages.SiteFolder;
import io.github.consultation.validate.FeedbackValidator;
import io.github.consultation.validate.FormTokens;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * The consultation library in a Spring Boot application, configured by {@link ConsultationProperties}:
 * the form's definition, form tokens, the form renderer, validator, page renderer and rendered
 * site in the default language, and every language of the form ({@link ConsultationLanguages}).
 * Each bean gives way to the application's own of its type. The web side is
 * {@link ConsultationWebConfiguration}; storage, {@link ConsultationStoreConfiguration}.
 */
@AutoConfiguration(afterName = {
    "org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration",
    "org.springframework.boot.context.autoconfigure.MessageSourceAutoConfiguration"})
@EnableConfigurationProperties(ConsultationProperties.class)
public class ConsultationAutoConfiguration {
    /** The folder of pages, read once. */
    @Bean
    @ConditionalOnMissingBean
    public ConsultationSite consultationSite(ConsultationProperties properties, ResourceLoader resources) {
        return ConsultationSite.load(properties.getPages().getLocation(), resources);
    }

    /**
     * The form: the definition file named by {@code consultation.form-definition}, else the one beside
     * the pages, else the built-in page-feedback form.
     */
    @Bean
    @ConditionalOnMissingBean
    public FormDefinition consultationFormDefinition(ConsultationProperties properties, ConsultationSite site,
            ResourceLoader resources) {
        String location = properties.getFormDefinition();
        if (!location.isBlank()) {
            Resource file = resources.getResource(location);
            try {
                String name = file.getFilename() == null ? "feedback-form.yml" : file.getFilename();
                Path copy = Files.createTempDirectory("consultation-render").resolve(name);
                try (var in = file.getInputStream()) {
                    Files.copy(in, copy);
                }
                return FormDefinitionFile.read(copy);
            } catch (IOException e) {
                throw new IllegalStateException("consultation.form-definition=" + location + ": " + e.getMessage(), e);
            }
        }
        return site.folder().map(SiteFolder.Site::form).orElseGet(FormDefinition::pageFeedback);
    }

    /** Signed form tokens, when {@code consultation.token-secret} gives a key (of at least 32 bytes). */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty("consultation.token-secret")
    public FormTokens consultationFormTokens(ConsultationProperties properties) {
        return FormTokens.builder().key(properties.getTokenSecret().getBytes(StandardCharsets.UTF_8)).build();
    }

    /** The form's texts from the application's messages first. */
    @Bean
    @ConditionalOnMissingBean
    public ConsultationTexts consultationTexts(ObjectProvider<MessageSource> messages) {
        return new ConsultationTexts(messages.getIfAvailable(StaticMessageSource::new));
    }

    /** The built-in questionnaire, when {@code consultation.questionnaire.enabled=true}. */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "consultation.questionnaire", name = "enabled", havingValue = "true")
    public ConsultationQuestionnaire consultationQuestionnaire() {
        return new ConsultationQuestionnaire(FormDefinition.questionnaire());
    }

    private static ConsultationLanguages.Parts parts(ConsultationProperties properties, FormDefinition definition,
            ObjectProvider<ConsultationQuestionnaire> questionnaire, ObjectProvider<FormTokens> tokens,
            ConsultationSite site, ConsultationTexts texts) {
        Theme theme = Theme.named(properties.getTheme()).orElseThrow(() -> new IllegalStateException(
                "consultation.theme must be origin, govuk or plain, not '" + properties.getTheme() + "'"));
        String given = properties.getPages().getBasePath();
        String base = given.isEmpty() ? site.folder().map(SiteFolder.Site::basePath).orElse("/") : given;
        if (!base.startsWith("/") || !base.endsWith("/")) {
            throw new IllegalStateException("consultation.pages.base-path must start and end with '/', not '" + base + "'");
        }
        Optional<FormDefinition> second = Optional.ofNullable(questionnaire.getIfAvailable())
                .map(ConsultationQuestionnaire::definition);
        if (second.isPresent() && second.get().tab().equals(definition.tab())) {
            throw new IllegalStateException("the questionnaire's tab must differ from the page form's, not both '"
                    + definition.tab() + "'");
        }
        return new ConsultationLanguages.Parts(definition, second, theme, properties.getJsonEndpoint(),
                Optional.ofNullable(tokens.getIfAvailable()), site, base, texts);
    }

    /** The form in the default language and the configured theme. */
    @Bean
    @ConditionalOnMissingBean
    public FormRenderer consultationFormRenderer(ConsultationProperties properties, FormDefinition definition,
            ObjectProvider<ConsultationQuestionnaire> questionnaire, ObjectProvider<FormTokens> tokens,
            ConsultationSite site, ConsultationTexts texts) {
        return ConsultationLanguages.form(parts(properties, definition, questionnaire, tokens, site, texts),
                properties.getDefaultLocale());
    }

    /** The page renderer around the default form. */
    @Bean
    @ConditionalOnMissingBean
    public PageRenderer consultationPageRenderer(ConsultationProperties properties, FormDefinition definition,
            ObjectProvider<ConsultationQuestionnaire> questionnaire, ObjectProvider<FormTokens> tokens,
            ConsultationSite site, ConsultationTexts texts, FormRenderer form) {
        return ConsultationLanguages.pages(parts(properties, definition, questionnaire, tokens, site, texts), form,
                properties.getDefaultLocale());
    }

    /** The pages, rendered once in the default language, when there are pages (see {@link ConsultationSite#load}). */
    @Bean
    @ConditionalOnMissingBean
    @Conditional(ConsultationSite.HasPages.class)
    public RenderedSite consultationRenderedSite(ConsultationSite site, PageRenderer pages) {
        return RenderedSite.render(site.folder().orElseThrow().consultation(), pages);
    }

    /** The validator in the default language, knowing the site's pages. */
    @Bean
    @ConditionalOnMissingBean
    public FeedbackValidator consultationValidator(ConsultationProperties properties, FormDefinition definition,
            ObjectProvider<ConsultationQuestionnaire> questionnaire, ObjectProvider<FormTokens> tokens,
            ConsultationSite site, ConsultationTexts texts,
            ObjectProvider<RenderedSite> rendered) {
        return ConsultationLanguages.validator(parts(properties, definition, questionnaire, tokens, site, texts),
                properties.getDefaultLocale(), Optional.ofNullable(rendered.getIfAvailable()));
    }

    /** Every language of the form, the default one from the beans above. */
    @Bean
    @ConditionalOnMissingBean
    public ConsultationLanguages consultationLanguages(ConsultationProperties properties, FormDefinition definition,
            ObjectProvider<ConsultationQuestionnaire> questionnaire, ObjectProvider<FormTokens> tokens,
            ConsultationSite site, ConsultationTexts texts, FormRenderer form,
            FeedbackValidator validator, ObjectProvider<RenderedSite> rendered) {
        return ConsultationLanguages.build(parts(properties, definition, questionnaire, tokens, site, texts),
                properties.getDefaultLocale(), form, validator, Optional.ofNullable(rendered.getIfAvailable()));
    }
}
