package io.pglitedb.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.pglitedb.session.Database;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * 50 concurrent HTTP clients (the load check): parameterised inserts, point reads, table
 * endpoint reads and contended counter updates; every request answers 2xx and nothing is lost.
 */
@Timeout(180)
class HttpLoadTest {
    private static final int CLIENTS = 50;
    private static final int ROUNDS = 10;

    @Test
    void fiftyConcurrentClientsRunWithoutErrors() throws Exception {
        try (Database database = Database.openInMemory();
                HttpDoor door = HttpDoor.start(database, HttpConfig.defaults("127.0.0.1", 0))) {
            HttpTestClient http = new HttpTestClient("http://127.0.0.1:" + door.port());
            assertThat(http.sql("CREATE TABLE events (id int PRIMARY KEY, client int, note text)").status())
                    .isEqualTo(200);
            assertThat(http.sql("CREATE TABLE counter (id int PRIMARY KEY, n int)").status()).isEqualTo(200);
            assertThat(http.sql("INSERT INTO counter VALUES (1, 0)").status()).isEqualTo(200);
            ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
            AtomicInteger requests = new AtomicInteger();
            long started = System.nanoTime();
            try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
                List<Future<?>> futures = new ArrayList<>();
                for (int c = 0; c < CLIENTS; c++) {
                    int client = c;
                    futures.add(pool.submit(() -> {
                        for (int i = 0; i < ROUNDS; i++) {
                            int id = client * 1000 + i;
                            check(failures, requests, http.sql("INSERT INTO events VALUES ($1, $2, $3)",
                                    Integer.toString(id), Integer.toString(client), "\"note; " + id + "'\""));
                            check(failures, requests, http.sql("SELECT note FROM events WHERE id = $1",
                                    Integer.toString(id)));
                            check(failures, requests, http.send("GET", "/v1/databases/postgres/tables/events?client=eq."
                                    + client + "&order=id.desc&limit=3", null));
                            check(failures, requests, http.sql("UPDATE counter SET n = n + 1 WHERE id = 1"));
                        }
                        return null;
                    }));
                }
                for (Future<?> f : futures) {
                    f.get(170, TimeUnit.SECONDS);
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("HttpLoadTest: %d requests from %d clients in %.1f s (%.0f requests/s)%n",
                    requests.get(), CLIENTS, seconds, requests.get() / seconds);
            assertThat(failures).isEmpty();
            assertThat(http.sql("SELECT count(*) FROM events").json().at("/rows/0/0").asText())
                    .isEqualTo(Integer.toString(CLIENTS * ROUNDS));
            assertThat(http.sql("SELECT n FROM counter").json().at("/rows/0/0").asInt()).isEqualTo(CLIENTS * ROUNDS);
        }
    }

    private static void check(ConcurrentLinkedQueue<String> failures, AtomicInteger requests,
            HttpTestClient.Response response) {
        requests.incrementAndGet();
        if (response.status() / 100 != 2) {
            failures.add(response.toString());
        }
    }
}
