package workbook.tools.classgrade.worker;

final class T {
    static final boolean ON = System.getenv("WORKBOOK_TIMINGS") != null;
    static final long T0 = System.nanoTime();
    static final java.io.PrintStream ERR = new java.io.PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true);
    static void log(GradingWorker.Job job, Object... kv) {
        if (!ON) return;
        StringBuilder b = new StringBuilder("@t ").append(String.format("%.3f", (System.nanoTime() - T0) / 1e9)).append(' ')
                .append(job.student()).append(' ').append(job.lesson());
        for (int i = 0; i + 1 < kv.length; i += 2) b.append(' ').append(kv[i]).append('=').append(kv[i + 1] instanceof Long l ? String.format("%.0f", l / 1e6) : kv[i + 1]);
        ERR.println(b);
    }
    static void checks(GradingWorker.Job job, workbook.grader.run.LessonResult r) {
        if (!ON) return;
        StringBuilder b = new StringBuilder("@c ").append(job.lesson()).append(" took=").append(r.took().toMillis());
        r.checks().stream().sorted((a, c) -> c.took().compareTo(a.took())).limit(4).forEach(c -> b.append(" | ").append(c.took().toMillis()).append(' ').append(c.name().en()));
        ERR.println(b);
    }
}
