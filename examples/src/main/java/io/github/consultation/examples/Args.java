package io.github.consultation.examples;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/** The options and operands of one subcommand: {@code --name value}, repeatable, then operands. */
final class Args {
    private final Map<String, List<String>> options;
    private final Set<String> flags;
    private final List<String> operands;

    private Args(Map<String, List<String>> options, Set<String> flags, List<String> operands) {
        this.options = options;
        this.flags = flags;
        this.operands = operands;
    }

    /**
     * Parses {@code args}, accepting only {@code known} option names (without the dashes).
     *
     * @throws UsageException for an unknown option or one without its value
     */
    static Args parse(List<String> args, Set<String> known) {
        return parse(args, known, Set.of());
    }

    /** Like {@link #parse(List, Set)}, also accepting the value-less {@code knownFlags}. */
    static Args parse(List<String> args, Set<String> known, Set<String> knownFlags) {
        Set<String> flags = new java.util.HashSet<>();
        Map<String, List<String>> options = new LinkedHashMap<>();
        List<String> operands = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("--") && arg.length() > 2) {
                String name = arg.substring(2);
                String value = null;
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                }
                if (value == null && knownFlags.contains(name)) {
                    flags.add(name);
                    continue;
                }
                if (!known.contains(name)) {
                    throw new UsageException("unknown option --" + name);
                }
                if (value == null) {
                    if (i + 1 >= args.size()) {
                        throw new UsageException("--" + name + " needs a value");
                    }
                    value = args.get(++i);
                }
                options.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            } else {
                operands.add(arg);
            }
        }
        return new Args(options, flags, operands);
    }

    boolean flag(String name) {
        return flags.contains(name);
    }

    double doubleOption(String name, double fallback, double min, double max) {
        return number(name, fallback, min, max, Double::parseDouble);
    }

    int intOption(String name, int fallback, int min, int max) {
        return (int) number(name, fallback, min, max, Integer::parseInt);
    }

    private double number(String name, double fallback, double min, double max, ToDoubleFunction<String> parse) {
        Optional<String> value = option(name);
        if (value.isEmpty()) {
            return fallback;
        }
        double n;
        try {
            n = parse.applyAsDouble(value.get());
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a number");
        }
        if (!(n >= min && n <= max)) {
            throw new UsageException("--" + name + " must be between " + plain(min) + " and " + plain(max));
        }
        return n;
    }

    private static String plain(double n) {
        return BigDecimal.valueOf(n).stripTrailingZeros().toPlainString();
    }

    Optional<String> option(String name) {
        List<String> values = options.get(name);
        if (values == null) {
            return Optional.empty();
        }
        if (values.size() > 1) {
            throw new UsageException("--" + name + " given more than once");
        }
        return Optional.of(values.get(0));
    }

    List<String> all(String name) {
        return options.getOrDefault(name, List.of());
    }

    List<String> operands() {
        return operands;
    }

    Optional<String> singleOperand(String what) {
        if (operands.size() > 1) {
            throw new UsageException("expected at most one " + what + ", got " + operands.size());
        }
        return operands.stream().findFirst();
    }

    /** A mistake in how the command was called. */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
