package io.github.consultation.examples;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * The options and operands of one subcommand: {@code --name value}, repeatable, and operands. One
 * rule for every command: an option it does not know, an option without its value, and an operand
 * beyond those it takes are each refused with one line saying which.
 */
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
     * Parses the arguments of {@code command}, accepting only {@code known} option names (without
     * the dashes), the value-less {@code knownFlags}, and as many operands as {@code operands}
     * names (none, or one such as {@code FILE}).
     *
     * @throws UsageException for an unknown option, one without its value, or a stray operand
     */
    static Args parse(String command, List<String> args, Set<String> known, Set<String> knownFlags,
            List<String> operandNames) {
        Args parsed = parse(args, known, knownFlags);
        if (parsed.operands.size() > operandNames.size()) {
            String stray = parsed.operands.get(operandNames.size());
            throw new UsageException(operandNames.isEmpty()
                    ? command + " takes no operands, but was given '" + stray + "'"
                    : command + " takes one " + operandNames.get(0) + ", but was also given '" + stray + "'");
        }
        return parsed;
    }

    private static Args parse(List<String> args, Set<String> known, Set<String> knownFlags) {
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

    /** The operand, if one was given. */
    Optional<String> operand() {
        return operands.stream().findFirst();
    }

    /**
     * The value of option {@code name}, which must not be empty when given.
     *
     * @throws UsageException if it was given empty
     */
    Optional<String> nonEmptyOption(String name) {
        Optional<String> value = option(name);
        if (value.isPresent() && value.get().isBlank()) {
            throw new UsageException("--" + name + " must not be empty");
        }
        return value;
    }

    /** A mistake in how the command was called. */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
