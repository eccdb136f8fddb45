package io.pglitedb.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The check from outside, in the build: runs {@code scripts/http-check.sh} (curl against
 * every endpoint of a {@code serve --http-port} server in a child JVM, answers compared with the
 * same queries over psql, SQL injection through every parameter, 50 concurrent clients) and
 * requires every one of its checks to pass. Skipped when curl, jq or psql is missing.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class HttpCheckScriptTest {
    @Test
    void everyEndpointAnswersLikePsqlAndResistsInjection() throws Exception {
        for (String tool : List.of("curl", "jq", "psql")) {
            Assumptions.assumeTrue(onPath(tool), tool + " is not installed");
        }
        Path script = Paths.get("..", "scripts", "http-check.sh").toAbsolutePath().normalize();
        assertThat(script).exists();
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        ProcessBuilder pb = new ProcessBuilder("bash", script.toString()).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Map<String, String> env = pb.environment();
        env.put("PGLITEDB_CMD", java + " --enable-native-access=ALL-UNNAMED -cp " + classpath + " io.pglitedb.cli.Main");
        env.put("HTTP_CHECK_PORT", Integer.toString(freePort()));
        env.put("HTTP_CHECK_HTTP_PORT", Integer.toString(freePort()));
        env.put("CLIENTS", "50");
        env.put("LOAD_REQUESTS", "2000");
        Path output = Files.createTempFile("http-check", ".out");
        pb.redirectOutput(output.toFile());
        Process process = pb.start();
        boolean done = process.waitFor(9, TimeUnit.MINUTES);
        if (!done) {
            process.destroy();
            process.waitFor(20, TimeUnit.SECONDS);
        }
        String text = Files.readString(output, StandardCharsets.UTF_8);
        Files.delete(output);
        System.out.println(text.lines().filter(l -> l.startsWith("==") || l.startsWith("FAIL") || l.startsWith("     "))
                .reduce("HttpCheckScriptTest (scripts/http-check.sh):", (a, b) -> a + "\n" + b));
        assertThat(done).as("http-check.sh finished in time; its output:%n%s", text).isTrue();
        assertThat(text).as("http-check.sh output").doesNotContain("FAIL ").contains(" 0 failed");
        assertThat(process.exitValue()).as("http-check.sh exit code; its output:%n%s", text).isZero();
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Paths.get(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
