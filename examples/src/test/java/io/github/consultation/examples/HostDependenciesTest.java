package io.github.consultation.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What a host's build takes in with the library's modules, read from their POMs as Maven reads
 * them (each module's compile and runtime dependencies, the library's own followed to theirs): a
 * host that renders and validates a form from a YAML definition takes no Flexmark and no HTML
 * sanitiser. {@code mvn dependency:tree -pl consultation-render,consultation-validate,consultation-definition}
 * shows the same; this keeps it so in every build. (The module descriptors say the same of the
 * Java modules: {@link ModuleDescriptorTest}.)
 */
class HostDependenciesTest {
    private static final Path ROOT = Path.of("..");

    /** The artifacts the modules named need, the library's own and others', test and optional ones aside. */
    private static Set<String> needed(String... modules) throws Exception {
        Set<String> found = new TreeSet<>();
        Deque<String> next = new ArrayDeque<>(List.of(modules));
        while (!next.isEmpty()) {
            String module = next.pop();
            Path pom = ROOT.resolve(module).resolve("pom.xml");
            assertTrue(Files.exists(pom), pom.toString());
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Element project = factory.newDocumentBuilder().parse(pom.toFile()).getDocumentElement();
            for (Node n = project.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (!(n instanceof Element section) || !section.getTagName().equals("dependencies")) {
                    continue;   // the dependencies of the project itself, not of its dependencyManagement or profiles
                }
                NodeList dependencies = section.getElementsByTagName("dependency");
                for (int i = 0; i < dependencies.getLength(); i++) {
                    Element d = (Element) dependencies.item(i);
                    String scope = text(d, "scope");
                    if (scope.equals("test") || text(d, "optional").equals("true")) {
                        continue;
                    }
                    String artifact = text(d, "groupId") + ":" + text(d, "artifactId");
                    if (found.add(artifact) && artifact.startsWith("io.github.consultation-feedback:")) {
                        next.push(text(d, "artifactId"));
                    }
                }
            }
        }
        return found;
    }

    private static String text(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().strip();
    }

    private static boolean pagesMachinery(String artifact) {
        return artifact.startsWith("com.vladsch.flexmark:") || artifact.contains("html-sanitizer")
                || artifact.endsWith(":consultation-pages");
    }

    @Test
    void aHostOfRenderValidateAndAYamlDefinitionTakesNoFlexmarkAndNoSanitiser() throws Exception {
        Set<String> host = needed("consultation-render", "consultation-validate", "consultation-definition");
        assertTrue(host.contains("com.fasterxml.jackson.dataformat:jackson-dataformat-yaml"), host.toString());
        assertEquals(Set.of(), host.stream().filter(HostDependenciesTest::pagesMachinery).collect(
                java.util.stream.Collectors.toSet()), host.toString());
        Set<String> kit = needed("consultation-host", "consultation-definition");
        assertEquals(Set.of(), kit.stream().filter(HostDependenciesTest::pagesMachinery).collect(
                java.util.stream.Collectors.toSet()), "the host kit with a YAML definition: " + kit);
    }

    /** The reading finds them where they are: in the pages module, through its own POM. */
    @Test
    void thePagesModuleTakesThem() throws Exception {
        Set<String> pages = needed("consultation-pages");
        assertTrue(pages.contains("com.vladsch.flexmark:flexmark"), pages.toString());
        assertTrue(pages.contains("com.googlecode.owasp-java-html-sanitizer:owasp-java-html-sanitizer"), pages.toString());
        assertTrue(pages.contains("com.fasterxml.jackson.dataformat:jackson-dataformat-yaml"),
                "followed through the definition module: " + pages);
    }
}
