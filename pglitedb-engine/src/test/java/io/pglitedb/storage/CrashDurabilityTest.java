package io.pglitedb.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.pglitedb.txn.Transaction;
import io.pglitedb.txn.TransactionManager;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child JVM commits from several threads, prints each commit as it is acknowledged and halts
 * (no shutdown hooks, no close: like kill -9) while commits are still in flight. Every
 * acknowledged commit must be there when the parent reopens the directory.
 */
class CrashDurabilityTest {
    @TempDir
    Path dir;

    @Test
    void acknowledgedCommitsSurviveAHaltedProcess() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                Child.class.getName(), dir.toString(), "400")
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        List<String> acked = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                if (line.startsWith("ack ")) {
                    acked.add(line.substring(4));
                }
            }
        }
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(acked).hasSizeGreaterThanOrEqualTo(400);
        try (Store store = Store.open(dir)) {
            Transaction txn = new TransactionManager(store).begin();
            for (String key : acked) {
                assertThat(txn.get(key.getBytes(StandardCharsets.UTF_8))).as(key).isNotNull();
            }
            txn.commit();
        }
    }

    /** The crashing writer. Args: directory, commits to acknowledge before halting. */
    public static final class Child {
        public static void main(String[] args) throws Exception {
            Store store = Store.open(Path.of(args[0]));
            TransactionManager manager = new TransactionManager(store);
            int haltAfter = Integer.parseInt(args[1]);
            AtomicInteger acks = new AtomicInteger();
            PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false,
                    StandardCharsets.UTF_8);
            for (int t = 0; t < 8; t++) {
                int thread = t;
                Thread.ofVirtual().start(() -> {
                    for (int i = 0; ; i++) {
                        String key = "t" + thread + "-" + i;
                        Transaction txn = manager.begin();
                        txn.put(key.getBytes(StandardCharsets.UTF_8), new byte[100]);
                        txn.commit();
                        synchronized (out) {
                            out.println("ack " + key);
                            out.flush();
                        }
                        if (acks.incrementAndGet() == haltAfter) {
                            Runtime.getRuntime().halt(0);
                        }
                    }
                });
            }
            Thread.sleep(60_000);
            Runtime.getRuntime().halt(1);
        }
    }
}
