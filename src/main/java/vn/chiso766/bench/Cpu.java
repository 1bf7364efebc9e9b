package vn.chiso766.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;

/**
 * Where the process's CPU went between two readings: all of it, the JIT compilers' share, and
 * the time the collectors held the application stopped. On two cores the compilers compete with
 * rendering for most of a build (openhtmltopdf, PDFBox and FreeMarker are a lot of code to
 * compile), so the benchmark says how much.
 *
 * @param processNanos CPU time of every thread of the JVM
 * @param compileNanos time the JIT compilers spent compiling (their CPU, near enough)
 * @param gcNanos      time the collectors report: pauses for the parallel and G1 collectors
 */
record Cpu(long processNanos, long compileNanos, long gcNanos) {

    static Cpu now() {
        long gc = 0;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            gc += Math.max(0, collector.getCollectionTime());
        }
        long compile = ManagementFactory.getCompilationMXBean().isCompilationTimeMonitoringSupported()
                ? ManagementFactory.getCompilationMXBean().getTotalCompilationTime() : 0;
        return new Cpu(process(), compile * 1_000_000, gc * 1_000_000);
    }

    Cpu since(Cpu start) {
        return new Cpu(processNanos - start.processNanos, compileNanos - start.compileNanos, gcNanos - start.gcNanos);
    }

    private static long process() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }
}
