package io.github.consultation.spring;

import io.github.consultation.model.FormDefinition;
import io.github.consultation.validate.bean.FeedbackForms;
import jakarta.validation.Configuration;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import java.util.Map;
import java.util.function.Consumer;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.springframework.beans.DirectFieldAccessor;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/**
 * Bean Validation of feedback in a Spring application: {@code @Valid} on a
 * {@link io.github.consultation.validate.bean.FeedbackRequest}, or on a host's type carrying
 * {@code @ValidFeedback}, runs the library's rules with Spring's validator. Every
 * {@link FormDefinition} bean is a form a constraint may name, by its bean name (the starter's own
 * is {@code consultationFormDefinition}, and is the form a {@code FeedbackRequest} of its tab is
 * checked against); their texts are the messages, in the request's language, under the
 * application's own {@code messages.properties} and {@code ValidationMessages}.
 */
@AutoConfiguration(after = ConsultationAutoConfiguration.class, afterName = {
    "org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration",
    "org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration"})
@ConditionalOnClass({LocalValidatorFactoryBean.class, HibernateValidatorConfiguration.class})
public class ConsultationValidationConfiguration {
    /** The forms constraints may name: every {@link FormDefinition} bean by its name, then the built-in ones. */
    @Bean
    @ConditionalOnMissingBean
    public FeedbackForms consultationFeedbackForms(ListableBeanFactory beans) {
        FeedbackForms.Builder forms = FeedbackForms.builder();
        Map<String, FormDefinition> definitions = beans.getBeansOfType(FormDefinition.class);
        definitions.forEach((name, definition) -> {
            if (FeedbackForms.isHostFormName(name)) {
                forms.form(name, definition);
            }
        });
        return forms.build();
    }

    /**
     * Gives Spring's validator (Spring Boot's, or the application's own {@link LocalValidatorFactoryBean})
     * the forms, as Hibernate Validator's constraint payload, and their texts, through a message
     * interpolator around the one it has: Spring's own wrapping, which interpolates in the
     * request's language, stays outside.
     */
    @Bean
    public static BeanPostProcessor consultationValidatorForms(ObjectProvider<FeedbackForms> forms) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof LocalValidatorFactoryBean) {
                    register((LocalValidatorFactoryBean) bean, forms.getObject());
                }
                return bean;
            }
        };
    }

    /**
     * The validator factory bean keeps what it was given in fields it has no getters for; Spring's
     * own accessor reads them so that the forms are added to them, not put in their place.
     */
    @SuppressWarnings("unchecked")
    static void register(LocalValidatorFactoryBean factory, FeedbackForms forms) {
        DirectFieldAccessor fields = new DirectFieldAccessor(factory);
        MessageInterpolator interpolator = (MessageInterpolator) fields.getPropertyValue("messageInterpolator");
        factory.setMessageInterpolator(forms.messageInterpolator(interpolator != null ? interpolator : defaultInterpolator()));
        Consumer<Configuration<?>> initializer = (Consumer<Configuration<?>>) fields.getPropertyValue("configurationInitializer");
        factory.setConfigurationInitializer(configuration -> {
            if (initializer != null) {
                initializer.accept(configuration);
            }
            if (configuration instanceof HibernateValidatorConfiguration) {
                ((HibernateValidatorConfiguration) configuration).constraintValidatorPayload(forms);
            }
        });
    }

    /** The provider's own interpolator; without an Expression Language implementation, the one that needs none. */
    private static MessageInterpolator defaultInterpolator() {
        try {
            return Validation.byDefaultProvider().configure().getDefaultMessageInterpolator();
        } catch (ValidationException e) {
            return new ParameterMessageInterpolator();
        }
    }
}
