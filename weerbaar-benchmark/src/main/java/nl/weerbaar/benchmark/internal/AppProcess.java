package nl.weerbaar.benchmark.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One application JVM ({@code java -jar}), started and timed until {@code /actuator/health} answers 200, with its
 * resident memory from {@code /proc}. It is stopped by {@link #close()}, when its start fails, and at the latest when
 * the benchmark's JVM exits.
 */
public final class AppProcess implements AutoCloseable {

    private static final int START_ATTEMPTS = 3;
    private static final Duration JCMD_TIMEOUT = Duration.ofMinutes(2);
    private static final int UNCOMMIT_POLL_MILLIS = 250;
    private static final Duration UNCOMMIT_WAIT = Duration.ofSeconds(10);
    /** G1's line of {@code GC.heap_info}: {@code garbage-first heap   total 57344K, used 5998K [...}. */
    private static final Pattern HEAP_USED = Pattern.compile("heap\\s+total\\s+(\\d+)K,\\s+used\\s+(\\d+)K");
    /** Linux's clock ticks per second ({@code getconf CLK_TCK}), the unit of /proc's CPU times. */
    private static final double CLOCK_TICKS = 100;

    private final String name;
    private final Process process;
    private final int port;
    private final Path log;
    private final double startupSeconds;
    private final Thread stopAtExit;

    private AppProcess(String name, Process process, int port, Path log, double startupSeconds, Thread stopAtExit) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.log = log;
        this.startupSeconds = startupSeconds;
        this.stopAtExit = stopAtExit;
    }

    /**
     * Starts the jar with the arguments on a free port and waits until it is healthy; a port taken between choosing
     * it and the application binding it is retried on another.
     */
    public static AppProcess start(String name, Path jar, List<String> arguments, Path logs, Duration timeout)
            throws IOException, InterruptedException {
        Files.createDirectories(logs);
        Path log = logs.resolve(name + ".log");
        for (int attempt = 1; ; attempt++) {
            try {
                return attempt(name, jar, arguments, log, timeout);
            } catch (PortTaken taken) {
                if (attempt == START_ATTEMPTS) {
                    throw new IllegalStateException(name + ": " + taken.getMessage());
                }
            }
        }
    }

    private static AppProcess attempt(String name, Path jar, List<String> arguments, Path log, Duration timeout)
            throws IOException, InterruptedException {
        int port = Postgres.freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(jar.toString());
        command.add("--server.port=" + port);
        command.addAll(arguments);
        long begin = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Thread stopAtExit = new Thread(() -> process.destroyForcibly(), "benchmark-stop-" + name);
        Runtime.getRuntime().addShutdownHook(stopAtExit);
        try {
            return await(name, process, port, log, timeout, begin, stopAtExit);
        } catch (IOException | InterruptedException | RuntimeException failed) {
            stop(process, stopAtExit);
            throw failed;
        }
    }

    private static AppProcess await(String name, Process process, int port, Path log, Duration timeout, long begin,
                                    Thread stopAtExit) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(30)).GET().build();
        long deadline = begin + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                String tail = tail(log);
                if (tail.contains("Port " + port + " was already in use")) {
                    throw new PortTaken("port " + port + " was taken by another program meanwhile");
                }
                throw new IllegalStateException(name + " stopped during start-up (exit " + process.exitValue()
                        + "); see " + log + ":\n" + tail);
            }
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    double seconds = (System.nanoTime() - begin) / 1e9;
                    return new AppProcess(name, process, port, log, seconds, stopAtExit);
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException(name + " not healthy within " + timeout + "; see " + log + ":\n" + tail(log));
    }

    public String name() {
        return name;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /** Seconds from the launch of the JVM until health answered 200. */
    public double startupSeconds() {
        return startupSeconds;
    }

    /** Resident set size in megabytes, from /proc (0 where /proc is missing). */
    public double rssMegabytes() throws IOException {
        Path status = Path.of("/proc", Long.toString(process.pid()), "status");
        if (!Files.exists(status)) {
            return 0;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
            }
        }
        return 0;
    }

    /**
     * Memory once the application has settled: after waiting so that its start-up background work (the first metrics
     * refresh) is over, a full GC requested with {@code jcmd <pid> GC.run}, then the resident set size, read once G1
     * has uncommitted what the GC freed ({@link #rssOnceUncommitted}), and the heap in use. Without it, RSS at the
     * first healthy answer is mostly start-up garbage a JVM without {@code -Xmx} has not collected yet, and says more
     * about G1's timing than about what the application keeps (JDK 17's G1 shrinks and uncommits the heap after a
     * full GC).
     *
     * @throws IllegalStateException when jcmd is missing or fails: there is no fair reading without it
     */
    public Settled settle(Duration wait) throws IOException, InterruptedException {
        Thread.sleep(wait.toMillis());
        if (!process.isAlive()) {
            throw new IllegalStateException(name + " stopped while settling (exit " + process.exitValue() + "); see "
                    + log + ":\n" + tail(log));
        }
        String gc = jcmd("GC.run");
        if (!gc.contains("Command executed successfully")) {
            throw new IllegalStateException(name + ": jcmd " + process.pid() + " GC.run did not confirm the GC:\n" + gc);
        }
        double rss = rssOnceUncommitted();
        String heapInfo = jcmd("GC.heap_info");
        Matcher used = HEAP_USED.matcher(heapInfo);
        if (!used.find()) {
            throw new IllegalStateException(name + ": no 'heap total …K, used …K' in jcmd " + process.pid()
                    + " GC.heap_info:\n" + heapInfo);
        }
        return new Settled(rss, Long.parseLong(used.group(2)) / 1024.0);
    }

    /**
     * RSS once G1 has given back what the full GC freed: since JDK 16 it uncommits the shrunk heap concurrently, after
     * GC.run has returned, so a reading at once still counts the regions about to be released (up to 150 MB more at
     * 367 tenants, measured). Reads every {@value #UNCOMMIT_POLL_MILLIS} ms until RSS has not fallen by more than 1 MB
     * for a second, at most {@link #UNCOMMIT_WAIT}.
     */
    private double rssOnceUncommitted() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + UNCOMMIT_WAIT.toNanos();
        double now = rssMegabytes();
        double lowest = now;
        int steady = 0;
        while (steady < 1000 / UNCOMMIT_POLL_MILLIS && System.nanoTime() < deadline) {
            Thread.sleep(UNCOMMIT_POLL_MILLIS);
            now = rssMegabytes();
            steady = now < lowest - 1 ? 0 : steady + 1;
            lowest = Math.min(lowest, now);
        }
        return now;
    }

    /**
     * The CPU time the application has used so far, from /proc: all its threads (the process's own count, which keeps
     * the time of threads that have ended) and those of its JIT compiler threads ({@code C1/C2 CompilerThread}, the
     * living ones); zeros where /proc is missing. Deltas of it say what a piece of work cost the application.
     */
    public CpuTime cpu() throws IOException {
        Path proc = Path.of("/proc", Long.toString(process.pid()));
        if (!Files.isDirectory(proc)) {
            return new CpuTime(0, 0);
        }
        long compiler = 0;
        try (DirectoryStream<Path> threads = Files.newDirectoryStream(proc.resolve("task"))) {
            for (Path thread : threads) {
                String stat;
                try {
                    stat = Files.readString(thread.resolve("stat"));
                } catch (IOException ended) {
                    continue;
                }
                if (stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).contains("CompilerThre")) {
                    compiler += ticks(stat);
                }
            }
        }
        return new CpuTime(ticks(Files.readString(proc.resolve("stat"))) * 1000 / CLOCK_TICKS,
                compiler * 1000 / CLOCK_TICKS);
    }

    /** User and system time of a /proc {@code stat} line, the 14th and 15th fields, after the name in brackets. */
    static long ticks(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /** CPU time in milliseconds: all the application's threads, and its JIT compiler threads. */
    public record CpuTime(double millis, double compilerMillis) {
    }

    /** Resident set size and heap in use after a full GC, in megabytes. */
    public record Settled(double rssMegabytes, double heapUsedMegabytes) {
    }

    private String jcmd(String command) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        if (!Files.isExecutable(jcmd)) {
            throw new IllegalStateException(jcmd + " is missing: the settled RSS needs a JDK's jcmd to request a full"
                    + " GC of " + name + " (run the benchmark on a JDK, not a JRE)");
        }
        Path output = Files.createTempFile("jcmd-", ".txt");
        try {
            Process run = new ProcessBuilder(jcmd.toString(), Long.toString(process.pid()), command)
                    .redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!run.waitFor(JCMD_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                run.destroyForcibly();
                throw new IllegalStateException(name + ": jcmd " + process.pid() + " " + command
                        + " did not finish within " + JCMD_TIMEOUT);
            }
            String text = Files.readString(output);
            if (run.exitValue() != 0) {
                throw new IllegalStateException(name + ": jcmd " + process.pid() + " " + command + " failed (exit "
                        + run.exitValue() + "):\n" + text.strip());
            }
            return text;
        } finally {
            Files.deleteIfExists(output);
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop(process, stopAtExit);
    }

    private static void stop(Process process, Thread stopAtExit) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        try {
            Runtime.getRuntime().removeShutdownHook(stopAtExit);
        } catch (IllegalStateException exiting) {
            // the JVM is exiting: the hook has nothing left to stop
        }
    }

    /** The application could not bind the port chosen for it. */
    private static final class PortTaken extends RuntimeException {
        PortTaken(String message) {
            super(message);
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    @Override
    public String toString() {
        return name + " on " + baseUrl() + " (log " + log + ")";
    }
}
