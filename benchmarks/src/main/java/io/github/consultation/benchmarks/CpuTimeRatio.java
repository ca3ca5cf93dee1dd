package io.github.consultation.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * JSON to verdict against Jackson's read of the same bytes, timed by the thread's CPU time rather
 * than the wall clock, the two taking turns in rounds of {@code n} calls: on a machine whose cores
 * other work shares, a descheduled thread is not charged, so the ratio holds where JMH's wall-clock
 * times swing by several times. It is a guide between JMH runs, not their replacement: caches and
 * a core's other hyper-thread still count, and only a quiet JMH run gives figures to quote.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.consultation.benchmarks.CpuTimeRatio [rounds] [n]
 * </pre>
 */
public final class CpuTimeRatio {
    private static volatile Object sink;

    private CpuTimeRatio() {
    }

    /** Runs the rounds and prints each, then the median ratio of the last half. */
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 12;
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 200_000;
        ValidationBenchmark b = new ValidationBenchmark();
        b.setUp();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] ratios = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            long t0 = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < n; i++) {
                sink = b.jsonToVerdict();
            }
            long t1 = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < n; i++) {
                sink = b.jsonRecord();
            }
            long t2 = threads.getCurrentThreadCpuTime();
            double library = (t1 - t0) / (double) n;
            double jackson = (t2 - t1) / (double) n;
            ratios[round] = library / jackson;
            System.out.printf(Locale.ROOT, "round %2d: JSON to verdict %6.0f ns, Jackson's read %5.0f ns, ratio %.2f%n",
                    round, library, jackson, ratios[round]);
        }
        double[] settled = java.util.Arrays.copyOfRange(ratios, rounds / 2, rounds);
        java.util.Arrays.sort(settled);
        System.out.printf(Locale.ROOT, "median ratio of the last %d rounds: %.2f%n", settled.length,
                settled[settled.length / 2]);
    }
}
