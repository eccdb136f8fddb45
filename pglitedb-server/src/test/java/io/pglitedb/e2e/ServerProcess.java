package io.pglitedb.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** {@code pglitedb serve} in a child JVM (the test class path), started and waited for until ready. */
final class ServerProcess {
    final Process process;
    final int port;

    private ServerProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    String url() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    static ServerProcess start(String... serveArgs) throws Exception {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-cp",
                System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                "io.pglitedb.cli.Main", "serve", "--port", Integer.toString(port)));
        command.addAll(List.of(serveArgs));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader lines = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<Void> ready = CompletableFuture.runAsync(() -> {
            StringBuilder seen = new StringBuilder();
            try {
                String line;
                while ((line = lines.readLine()) != null) {
                    seen.append(line).append('\n');
                    if (line.contains("ready to accept connections")) {
                        return;
                    }
                }
            } catch (IOException e) {
                seen.append(e);
            }
            throw new IllegalStateException("server ended before it was ready:\n" + seen);
        });
        ready.get(60, TimeUnit.SECONDS);
        Thread.ofVirtual().start(() -> {
            try {
                while (lines.readLine() != null) {
                    // keep draining so the server never blocks on its output
                }
            } catch (IOException ignored) {
                // process ended
            }
        });
        return new ServerProcess(p, port);
    }

    /** SIGKILL: no shutdown hook, no flush. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
