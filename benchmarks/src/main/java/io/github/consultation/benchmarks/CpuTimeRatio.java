package io.github.consultation.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Locale;

/**
 * Two benchmark methods of one benchmark class timed against each other by the thread's CPU time
 * rather than the wall clock, taking turns in rounds: on a machine whose cores other work shares,
 * a descheduled thread is not charged, so the ratio holds where JMH's wall-clock times swing by
 * several times. A guide between JMH runs, not their replacement: caches and a core's other
 * hyper-thread still count, and only a quiet JMH run gives figures to quote.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.consultation.benchmarks.CpuTimeRatio \
 *     ValidationBenchmark jsonToVerdict jsonRecord
 * java -cp benchmarks/target/benchmarks.jar io.github.consultation.benchmarks.CpuTimeRatio \
 *     FormRenderBenchmark library jte theme=ORIGIN state=errors
 * </pre>
 *
 * <p>Arguments: the class (in this package), the method timed, the method it is timed against,
 * then any {@code field=value} for the class's {@code @Param} fields. Rounds of 100,000 calls each,
 * twelve rounds; the median ratio of the last six is printed last. Both methods are called through
 * reflection, a few nanoseconds each that pull the ratio slightly towards 1: read it for methods
 * that take a microsecond or so, not for the escaper's nanosecond calls.
 */
public final class CpuTimeRatio {
    private static volatile Object sink;

    private CpuTimeRatio() {
    }

    /** Runs the rounds and prints each, then the median ratio of the settled half. */
    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: CpuTimeRatio CLASS METHOD AGAINST [field=value ...]");
            System.exit(2);
        }
        Class<?> type = Class.forName(CpuTimeRatio.class.getPackageName() + "." + args[0]);
        Object benchmark = type.getConstructor().newInstance();
        for (String param : Arrays.copyOfRange(args, 3, args.length)) {
            int eq = param.indexOf('=');
            type.getField(param.substring(0, eq)).set(benchmark, param.substring(eq + 1));
        }
        for (Method m : type.getMethods()) {
            if (m.isAnnotationPresent(org.openjdk.jmh.annotations.Setup.class)) {
                m.invoke(benchmark);
            }
        }
        Method timed = type.getMethod(args[1]);
        Method against = type.getMethod(args[2]);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int rounds = 12;
        int n = 100_000;
        double[] ratios = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            long t0 = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < n; i++) {
                sink = timed.invoke(benchmark);
            }
            long t1 = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < n; i++) {
                sink = against.invoke(benchmark);
            }
            long t2 = threads.getCurrentThreadCpuTime();
            double a = (t1 - t0) / (double) n;
            double b = (t2 - t1) / (double) n;
            ratios[round] = a / b;
            System.out.printf(Locale.ROOT, "round %2d: %s %7.0f ns, %s %7.0f ns, ratio %.2f%n", round, args[1], a, args[2],
                    b, ratios[round]);
        }
        double[] settled = Arrays.copyOfRange(ratios, rounds / 2, rounds);
        Arrays.sort(settled);
        System.out.printf(Locale.ROOT, "median ratio of the last %d rounds: %.2f%n", settled.length,
                settled[settled.length / 2]);
    }
}
