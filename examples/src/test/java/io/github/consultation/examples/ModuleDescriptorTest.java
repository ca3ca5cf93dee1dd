package io.github.consultation.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.consultation.admin.AdminViews;
import io.github.consultation.definition.FormDefinitionFile;
import io.github.consultation.host.ConsultationHost;
import io.github.consultation.model.Feedback;
import io.github.consultation.render.FormRenderer;
import io.github.consultation.pages.PageRenderer;
import io.github.consultation.store.FeedbackStore;
import io.github.consultation.validate.FeedbackValidator;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each library module exports its API package and keeps its internals to itself. */
class ModuleDescriptorTest {
    private static ModuleReference referenceOf(Class<?> type) throws Exception {
        Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        return ModuleFinder.of(location).findAll().iterator().next();
    }

    private static ModuleDescriptor descriptorOf(Class<?> type) throws Exception {
        return referenceOf(type).descriptor();
    }

    @Test
    void librariesExportExactlyTheirApiPackages() throws Exception {
        assertExports(Feedback.class, "io.github.consultation.model", Set.of("io.github.consultation.model"));
        assertExports(FeedbackValidator.class, "io.github.consultation.validate",
                Set.of("io.github.consultation.validate", "io.github.consultation.validate.bean"));
        assertExports(FormRenderer.class, "io.github.consultation.render", Set.of("io.github.consultation.render"));
        assertExports(FormDefinitionFile.class, "io.github.consultation.definition", Set.of("io.github.consultation.definition"));
        assertExports(PageRenderer.class, "io.github.consultation.pages", Set.of("io.github.consultation.pages"));
        assertExports(FeedbackStore.class, "io.github.consultation.store", Set.of("io.github.consultation.store"));
        assertExports(ConsultationHost.class, "io.github.consultation.host", Set.of("io.github.consultation.host"));
        assertExports(AdminViews.class, "io.github.consultation.admin", Set.of("io.github.consultation.admin"));
    }

    private static void assertExports(Class<?> type, String module, Set<String> exported) throws Exception {
        ModuleDescriptor d = descriptorOf(type);
        assertEquals(module, d.name());
        assertEquals(exported, d.exports().stream().filter(e -> !e.isQualified())
                .map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()));
        assertTrue(d.packages().contains(module + ".internal"), module + " has an internal package");
    }

    /** Bean Validation providers find the constraint's checker through the service loader, on the module path too. */
    @Test
    void theValidateModuleProvidesTheConstraintsChecker() throws Exception {
        assertEquals(Set.of("jakarta.validation.ConstraintValidator with [io.github.consultation.validate.bean.ValidFeedbackValidator]"),
                descriptorOf(FeedbackValidator.class).provides().stream().map(p -> p.service() + " with " + p.providers())
                        .collect(Collectors.toSet()));
    }

    /** The definition file's located reader also reads mkdocs.yml: shared with the pages module alone. */
    @Test
    void theDefinitionModuleSharesItsInternalsWithThePagesModuleOnly() throws Exception {
        assertEquals(Set.of("io.github.consultation.definition.internal to [io.github.consultation.pages]"),
                qualifiedExports(FormDefinitionFile.class));
    }

    /** The answers' map type (SmallMap), which a validator makes and Answers keeps: shared with the validate module alone. */
    @Test
    void theModelSharesItsInternalsWithTheValidateModuleOnly() throws Exception {
        assertEquals(Set.of("io.github.consultation.model.internal to [io.github.consultation.validate]"),
                qualifiedExports(Feedback.class));
    }

    /** Each package the module of {@code type} exports to named modules only, as "package to [modules]". */
    private static Set<String> qualifiedExports(Class<?> type) throws Exception {
        return descriptorOf(type).exports().stream()
                .filter(ModuleDescriptor.Exports::isQualified)
                .map(e -> e.source() + " to " + e.targets())
                .collect(Collectors.toSet());
    }

    /** The model holds a form's schema and its answers; pages and sites are the pages module's. */
    @Test
    void theModelHasNoPageOrSiteType() throws Exception {
        Set<String> types;
        try (java.lang.module.ModuleReader reader = referenceOf(Feedback.class).open()) {
            types = reader.list().filter(e -> e.endsWith(".class"))
                    .map(e -> e.substring(e.lastIndexOf('/') + 1, e.length() - ".class".length()))
                    .collect(Collectors.toSet());
        }
        for (String siteType : java.util.List.of("Consultation", "Page", "PageFiles", "FeedbackPlacement", "NavEntry",
                "Section", "SkippedFile", "SiteLoader", "PageSource", "FormMarkers")) {
            assertTrue(types.stream().noneMatch(t -> t.equals(siteType) || t.startsWith(siteType + "$")),
                    siteType + " is in the model");
        }
        assertTrue(types.contains("FormDefinition"), types.toString());
    }

    @Test
    void dependenciesPointOneWay() throws Exception {
        Set<String> model = requires(Feedback.class);
        assertTrue(model.stream().noneMatch(m -> m.startsWith("io.github.consultation")), model.toString());
        assertTrue(requires(FeedbackValidator.class).contains("io.github.consultation.model"));
        assertTrue(requires(FormRenderer.class).contains("io.github.consultation.model"));
        assertTrue(!requires(FormRenderer.class).contains("io.github.consultation.validate"));
        assertTrue(!requires(FeedbackValidator.class).contains("io.github.consultation.render"));
        assertTrue(!requires(FeedbackValidator.class).contains("io.github.consultation.pages"));
        assertTrue(requires(PageRenderer.class).contains("io.github.consultation.render"));
        assertTrue(requires(PageRenderer.class).contains("io.github.consultation.definition"));
        Set<String> definition = requires(FormDefinitionFile.class);
        assertEquals(Set.of("io.github.consultation.model"),
                definition.stream().filter(m -> m.startsWith("io.github.consultation")).collect(Collectors.toSet()),
                "a definition file needs the model only of the library");
        assertTrue(definition.stream().noneMatch(m -> m.startsWith("flexmark") || m.startsWith("owasp")), definition.toString());
        Set<String> store = requires(FeedbackStore.class);
        assertEquals(Set.of("io.github.consultation.model"),
                store.stream().filter(m -> m.startsWith("io.github.consultation")).collect(Collectors.toSet()),
                "the store needs the model, and none of the form, pages or validation");
        Set<String> admin = requires(AdminViews.class);
        assertEquals(Set.of("io.github.consultation.store", "io.github.consultation.render"),
                admin.stream().filter(m -> m.startsWith("io.github.consultation")).collect(Collectors.toSet()),
                "the admin views need the store and the form's escaper, and no pages, validation or web framework");
    }

    /**
     * The host kit needs the form and the validation (and through them the model), and nothing else of
     * the library: no pages (so no Flexmark, no sanitiser), no store, no web framework.
     */
    @Test
    void theHostKitNeedsTheFormAndTheValidationOnly() throws Exception {
        Set<String> host = requires(ConsultationHost.class);
        host.remove("java.base");
        assertEquals(Set.of("io.github.consultation.render", "io.github.consultation.validate"), host);
    }

    /** A host that renders only the form needs the model and nothing else: no Markdown parser, no sanitiser. */
    @Test
    void theFormModuleNeedsOnlyTheModel() throws Exception {
        Set<String> form = requires(FormRenderer.class);
        form.remove("java.base");
        assertEquals(Set.of("io.github.consultation.model"), form);
    }

    /** Nullness is declared per package, as jsoup does: every package of every library module is @NullMarked. */
    @Test
    void everyPackageIsNullMarked() throws Exception {
        java.util.List<String> unmarked = new java.util.ArrayList<>();
        int packages = 0;
        for (Class<?> type : java.util.List.of(Feedback.class, FeedbackValidator.class, FormRenderer.class,
                FormDefinitionFile.class, PageRenderer.class, FeedbackStore.class, ConsultationHost.class, AdminViews.class)) {
            ModuleReference ref = referenceOf(type);
            Set<String> withClasses;
            try (java.lang.module.ModuleReader reader = ref.open()) {
                withClasses = reader.list().filter(e -> e.endsWith(".class") && e.contains("/"))
                        .map(e -> e.substring(0, e.lastIndexOf('/')).replace('/', '.')).collect(Collectors.toSet());
            }
            for (String name : ref.descriptor().packages()) {
                if (!withClasses.contains(name)) {
                    continue;   // resources alone, such as the store's SQL migrations
                }
                packages++;
                Class<?> info;
                try {
                    info = Class.forName(name + ".package-info");
                } catch (ClassNotFoundException e) {
                    unmarked.add(name + " (no package-info)");
                    continue;
                }
                if (!info.isAnnotationPresent(org.jspecify.annotations.NullMarked.class)) {
                    unmarked.add(name);
                }
            }
        }
        assertEquals(17, packages, "an API and an internal package per module, and validate's Bean Validation package");
        assertEquals(java.util.List.of(), unmarked);
    }

    private static Set<String> requires(Class<?> type) throws Exception {
        // "requires static" is for compiling only (JSpecify's annotations): not needed at run time.
        return descriptorOf(type).requires().stream()
                .filter(r -> !r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC))
                .map(ModuleDescriptor.Requires::name)
                .collect(Collectors.toCollection(java.util.HashSet::new));
    }
}
