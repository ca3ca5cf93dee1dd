package io.github.consultation.definition.internal;

import io.github.consultation.definition.internal.LocatedTree.Entry;
import io.github.consultation.definition.internal.LocatedTree.Node;
import io.github.consultation.definition.internal.LocatedTree.Problem;
import io.github.consultation.definition.internal.Shape.Either;
import io.github.consultation.definition.internal.Shape.Field;
import io.github.consultation.definition.internal.Shape.Fields;
import io.github.consultation.definition.internal.Shape.Flag;
import io.github.consultation.definition.internal.Shape.ListOf;
import io.github.consultation.definition.internal.Shape.Named;
import io.github.consultation.definition.internal.Shape.OneOf;
import io.github.consultation.definition.internal.Shape.Whole;
import io.github.consultation.definition.internal.Shape.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks a file's tree against a {@link Shape}: every value where it stands, each problem with
 * its line and column, the key path it is at, what is wrong and what would be right. An old key
 * still read is a warning naming where its value is written now.
 *
 * <pre>{@code
 * ShapeCheck check = ShapeCheck.of(tree.root(), DefinitionSchema.FILE);
 * check.problems();   // [12:7: forms.page.questions.role.options is empty; ...]
 * }</pre>
 */
public final class ShapeCheck {
    private final List<Problem> problems = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();

    private ShapeCheck() {
    }

    /** Checks {@code root} against {@code shape}. */
    public static ShapeCheck of(Node root, Shape shape) {
        ShapeCheck check = new ShapeCheck();
        check.check(root, shape, "");
        return check;
    }

    /** What is wrong, in the order found (the file's order). */
    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    /** Old keys still read, each with where its value is written now. */
    public List<Problem> warnings() {
        return List.copyOf(warnings);
    }

    private void problem(Node at, String message) {
        problems.add(new Problem(at.line(), at.column(), message));
    }

    private static String where(String path) {
        return path.isEmpty() ? "the file" : path;
    }

    private void check(Node node, Shape shape, String path) {
        if (shape instanceof Words words) {
            words(node, words, path);
        } else if (shape instanceof Flag flag) {
            if (node.bool().isEmpty() || (flag.only().isPresent() && !node.bool().equals(flag.only()))) {
                problem(node, where(path) + " is " + node.kind() + "; it is " + flag.description());
            }
        } else if (shape instanceof Whole whole) {
            Optional<Long> n = node.number();
            if (n.isEmpty() || n.get() < whole.min() || n.get() > whole.max()) {
                problem(node, where(path) + " is " + (n.isPresent() ? n.get().toString() : node.kind()) + "; "
                        + whole.description() + " is a whole number from " + whole.min() + " to " + whole.max());
            }
        } else if (shape instanceof OneOf oneOf) {
            if (!node.isText() || !oneOf.values().contains(node.text().orElse(""))) {
                problem(node, where(path) + " is " + shown(node) + "; " + oneOf.description() + " is one of "
                        + String.join(", ", oneOf.values()));
            }
        } else if (shape instanceof ListOf list) {
            list(node, list, path);
        } else if (shape instanceof Fields fields) {
            fields(node, fields, path);
        } else if (shape instanceof Either either) {
            either(node, either, path);
        } else if (shape instanceof Shape.ByKind byKind) {
            byKind(node, byKind, path);
        } else {
            check(node, ((Named) shape).value(), path);
        }
    }

    private void words(Node node, Words words, String path) {
        if (!node.isText()) {
            String hint = node.isScalar() ? " (write it in quotes to make it text)" : "";
            problem(node, where(path) + " is " + node.kind() + "; " + words.description() + " is text" + hint);
        } else if (node.text().orElse("").isBlank()) {
            problem(node, where(path) + " is empty; " + words.description() + " is words");
        } else if (words.pattern().isPresent() && !words.pattern().get().matcher(node.text().get()).matches()) {
            problem(node, where(path) + " is " + shown(node) + "; " + words.rule());
        }
    }

    private void list(Node node, ListOf list, String path) {
        if (!node.isList()) {
            problem(node, where(path) + " is " + node.kind() + "; " + list.description()
                    + " are a list, each item starting with '- '");
            return;
        }
        if (node.list().size() < list.minItems()) {
            Optional<String> leaveOut = leaveOut(path);
            problem(node, where(path) + " is empty; give at least one of " + list.description()
                    + leaveOut.map(q -> ", or leave the question out with '" + q + ": false'").orElse(""));
        }
        for (int i = 0; i < node.list().size(); i++) {
            check(node.list().get(i), list.item(), path + "[" + i + "]");
        }
    }

    /** For a question's options or items, the question's name: an empty list there is a question not asked. */
    private static Optional<String> leaveOut(String path) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(".*questions\\.(\\w+)\\.(?:options|items)")
                .matcher(path);
        if (m.matches()) {
            return Optional.of(m.group(1));
        }
        return path.equals("roles") ? Optional.of("role") : path.equals("reflections") ? Optional.of("nature")
                : Optional.empty();
    }

    private void fields(Node node, Fields fields, String path) {
        if (!node.isMap()) {
            problem(node, where(path) + " is " + node.kind() + "; " + fields.description() + " is a mapping of keys"
                    + (fields.fields().isEmpty() ? "" : " such as " + keys(fields)));
            return;
        }
        for (Entry e : node.map().values()) {
            String at = path.isEmpty() ? e.key() : path + "." + e.key();
            Optional<Field> field = fields.field(e.key());
            if (field.isPresent()) {
                field.get().replacedBy().ifPresent(now -> warnings.add(new Problem(e.line(), e.column(), "'" + e.key()
                        + "' is an old key, still read; write " + now + " instead")));
                check(e.value(), field.get().shape(), at);
            } else if (fields.named() != null && fields.named().pattern().matcher(e.key()).matches()) {
                check(e.value(), fields.named().value(), at);
            } else {
                // A key of several words is most often the rest of a text cut at a comma inside { }.
                String comma = e.key().contains(" ") ? " (inside { }, a comma ends a text: put a text with commas in"
                        + " quotes)" : "";
                problems.add(new Problem(e.line(), e.column(), "unknown key '" + e.key() + "' in " + where(path) + "; "
                        + builtInKind(e.key(), path).orElseGet(() -> suggestion(e.key(), fields)) + comma));
            }
        }
        for (Field f : fields.fields()) {
            if (f.required() && !node.map().containsKey(f.name())) {
                problem(node, where(path) + " has no '" + f.name() + "'; give " + f.shape().description());
            }
        }
    }

    private void either(Node node, Either either, String path) {
        for (Shape choice : either.choices()) {
            if (fits(node, choice)) {
                check(node, choice, path);
                return;
            }
        }
        problem(node, where(path) + " is " + node.kind() + "; it is "
                + either.choices().stream().map(ShapeCheck::kindOf).distinct().collect(Collectors.joining(", or "))
                + " (" + either.description() + ")");
    }

    private void byKind(Node node, Shape.ByKind byKind, String path) {
        if (!node.isMap()) {
            problem(node, where(path) + " is " + node.kind() + "; " + byKind.description() + " is a mapping with its '"
                    + byKind.key() + "'");
            return;
        }
        Optional<Node> kind = node.get(byKind.key());
        String kinds = String.join(", ", byKind.kinds().keySet());
        if (kind.isEmpty()) {
            problem(node, where(path) + " has no '" + byKind.key() + "'; " + byKind.description() + " needs one: "
                    + kinds);
        } else if (!kind.get().isText() || !byKind.kinds().containsKey(kind.get().text().get())) {
            problem(kind.get(), where(path) + "." + byKind.key() + " is " + shown(kind.get()) + "; it is one of " + kinds);
        } else {
            fields(node, byKind.kinds().get(kind.get().text().get()), path);
        }
    }

    /** Whether {@code node} is the kind of value {@code shape} takes, before its details are checked. */
    private static boolean fits(Node node, Shape shape) {
        if (shape instanceof Words || shape instanceof OneOf) {
            return node.isText();
        }
        if (shape instanceof Flag) {
            return node.bool().isPresent();
        }
        if (shape instanceof Whole) {
            return node.number().isPresent();
        }
        if (shape instanceof ListOf) {
            return node.isList();
        }
        return node.isMap();
    }

    private static String kindOf(Shape shape) {
        if (shape instanceof Words || shape instanceof OneOf) {
            return "text";
        }
        if (shape instanceof Flag flag) {
            return flag.only().map(String::valueOf).orElse("true or false");
        }
        if (shape instanceof Whole) {
            return "a whole number";
        }
        return shape instanceof ListOf ? "a list" : "a mapping";
    }

    private static String shown(Node node) {
        return node.isText() ? "'" + node.text().get() + "'" : node.kind();
    }

    private static String keys(Fields fields) {
        return fields.fields().stream().filter(f -> f.replacedBy().isEmpty()).map(Field::name)
                .collect(Collectors.joining(", "));
    }

    /** The nearest known key to a mistyped one, or the list of keys. */
    /**
     * Why a question of a built-in question's name takes no kind: the name is reserved (a file may
     * ask that question, as it is), even in a form that leaves the built-in questions out.
     */
    private static Optional<String> builtInKind(String key, String path) {
        String[] parts = path.split("\\.");
        if (!key.equals("kind") || parts.length != 4 || !parts[0].equals("forms") || !parts[2].equals("questions")
                || !DefinitionSchema.KNOWN.containsKey(parts[3])) {
            return Optional.empty();
        }
        return Optional.of("'" + parts[3] + "' is the name of a built-in question (" + DefinitionSchema.KNOWN.get(parts[3])
                + "), whose kind is its own: leave kind out to ask it, or give a question of the form's own another name");
    }

    private static String suggestion(String key, Fields fields) {
        String best = null;
        int distance = Integer.MAX_VALUE;
        for (Field f : fields.fields()) {
            int d = distance(key.toLowerCase(java.util.Locale.ROOT), f.name().toLowerCase(java.util.Locale.ROOT));
            if (d < distance) {
                distance = d;
                best = f.name();
            }
        }
        String named = fields.named() == null ? "" : " (or " + fields.named().rule() + ")";
        if (best != null && distance <= Math.max(1, key.length() / 3)) {
            return "did you mean '" + best + "'? The keys are " + keys(fields) + named;
        }
        return fields.fields().isEmpty() ? fields.named() == null ? "it takes no keys" : "a key here is "
                + fields.named().rule() : "the keys are " + keys(fields) + named;
    }

    /** The edit distance between two short keys, a swap of two neighbours counting one (optimal string alignment). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
