package io.pglitedb.http;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.pglitedb.error.PgException;
import io.pglitedb.http.HttpAuthenticator.Credentials;
import io.pglitedb.error.SqlState;
import io.pglitedb.session.Database;
import io.pglitedb.session.ResultColumn;
import io.pglitedb.session.ResultSink;
import io.pglitedb.session.Session;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Every route of the HTTP door. Each request is authenticated, then turned into calls on a
 * {@link Session}: a fresh one per request (autocommit), or the session of a transaction named by
 * its id. Routes:
 *
 * <pre>
 *   GET    /v1/health                              {"status":"ok",...}; 503 when writes fail (no authentication)
 *   GET    /v1/openapi.json                        the OpenAPI description (no authentication)
 *   GET    /v1/metrics                             Prometheus text, as --metrics-port serves it
 *   POST   /v1/query                               {"sql","params","database","txn","exactNumbers","rowFormat"}
 *                                                  or {"statements":[...],...} → {"results":[...]} (one transaction)
 *   POST   /v1/tokens                              {"expiresIn"} with Basic credentials → 201 {"token",...}
 *   POST   /v1/transactions                        {"database","isolation","readOnly","timeout"} → 201 {"txn",...}
 *   POST   /v1/transactions/{id}/commit            → {"command":"COMMIT"} (or "ROLLBACK" for a failed one)
 *   POST   /v1/transactions/{id}/rollback          → {"command":"ROLLBACK"}   (DELETE /v1/transactions/{id} too)
 *   GET    /v1/databases/{db}/tables/{t}?filters   rows as objects
 *   POST   /v1/databases/{db}/tables/{t}           insert one object or an array → 201, the inserted rows
 *   PATCH  /v1/databases/{db}/tables/{t}?filters   update → the updated rows
 *   DELETE /v1/databases/{db}/tables/{t}?filters   delete → the deleted rows
 * </pre>
 */
final class HttpRoutes implements HttpHandler {
    static final String DEFAULT_DATABASE = "postgres";
    private static final Set<String> QUERY_FIELDS = Set.of("sql", "params", "statements", "database", "txn",
            "exactNumbers", "rowFormat");
    private static final Set<String> STATEMENT_FIELDS = Set.of("sql", "params");
    /** The most statements one request may send. */
    static final int MAX_STATEMENTS = 10_000;
    static final long DEADLINE_GRACE_MILLIS = 1000;
    static final long DEFAULT_TOKEN_SECONDS = 3600;
    static final long MAX_TOKEN_SECONDS = 86_400;
    private static final Set<String> TRANSACTION_FIELDS = Set.of("database", "isolation", "readOnly", "timeout");

    private final Database database;
    private final HttpConfig config;
    private final HttpAuthenticator authenticator;
    private final HttpTransactions transactions;
    private final ObjectMapper mapper;
    private final Cors cors;
    private final ScheduledExecutorService timers;

    HttpRoutes(Database database, HttpConfig config, HttpAuthenticator authenticator, HttpTransactions transactions,
            ObjectMapper mapper, ScheduledExecutorService timers) {
        this.timers = timers;
        this.database = database;
        this.config = config;
        this.authenticator = authenticator;
        this.transactions = transactions;
        this.mapper = mapper;
        this.cors = new Cors(config.corsOrigins());
    }

    @Override
    public void handle(HttpExchange exchange) {
        try (exchange) {
            HttpRequest request = null;
            try {
                cors.addHeaders(exchange);
                request = new HttpRequest(exchange);
                route(request);
            } catch (HttpFailure f) {
                if (request != null && f.status == 413) {
                    request.drainBody();
                }
                if (f.status == 401) {
                    exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"pglitedb\", charset=\"UTF-8\"");
                    exchange.getResponseHeaders().add("WWW-Authenticate", "Bearer realm=\"pglitedb\"");
                }
                sendError(exchange, f.status, f.error);
            } catch (PgException e) {
                sendError(exchange, HttpErrors.statusOf(e), e);
            } catch (IOException | UncheckedIOException e) {
                // the client went away or sent a broken request: nothing more to say to it
            } catch (RuntimeException e) {
                sendError(exchange, 500, PgException.internal(e));
            }
        }
    }

    private void route(HttpRequest request) throws IOException {
        List<String> p = request.path;
        String method = request.method;
        if (method.equals("OPTIONS")) {
            cors.preflight(request.exchange);
            return;
        }
        if (p.size() < 2 || !p.get(0).equals("v1")) {
            throw HttpFailure.notFound("no such endpoint: %s", request.exchange.getRequestURI().getRawPath());
        }
        String resource = p.get(1);
        if (p.size() == 2 && resource.equals("health")) {
            expect(request, "GET");
            health(request);
        } else if (p.size() == 2 && resource.equals("metrics")) {
            expect(request, "GET");
            metrics(request);
        } else if (p.size() == 2 && resource.equals("openapi.json")) {
            expect(request, "GET");
            sendOpenApi(request.exchange);
        } else if (p.size() == 2 && resource.equals("query")) {
            expect(request, "POST");
            query(request);
        } else if (p.size() == 2 && resource.equals("tokens")) {
            expect(request, "POST");
            issueToken(request);
        } else if (resource.equals("transactions") && p.size() == 2) {
            expect(request, "POST");
            beginTransaction(request);
        } else if (resource.equals("transactions") && p.size() == 3) {
            expect(request, "DELETE");
            endTransaction(request, p.get(2), false);
        } else if (resource.equals("transactions") && p.size() == 4
                && (p.get(3).equals("commit") || p.get(3).equals("rollback"))) {
            expect(request, "POST");
            endTransaction(request, p.get(2), p.get(3).equals("commit"));
        } else if (resource.equals("databases") && p.size() == 5 && p.get(3).equals("tables")) {
            table(request, p.get(2), p.get(4));
        } else {
            throw HttpFailure.notFound("no such endpoint: %s", request.exchange.getRequestURI().getRawPath());
        }
    }

    // ---------------------------------------------------------------- POST /v1/query

    private void query(HttpRequest request) throws IOException {
        JsonNode body = request.json(mapper, config.maxBodyBytes());
        if (body == null || !body.isObject()) {
            throw HttpFailure.badRequest("the body must be a JSON object with \"sql\" or \"statements\"");
        }
        checkFields(body, QUERY_FIELDS);
        boolean batch = body.has("statements");
        List<SqlStatement> statements = batch ? statements(body)
                : List.of(statement("", body.get("sql"), body.get("params")));
        boolean exact = choice(body, "exactNumbers", "string", "number").equals("string");
        boolean objects = choice(body, "rowFormat", "array", "object").equals("object");
        String txn = text(body, "txn", null);
        Credentials credentials = credentials(request);
        if (txn != null) {
            String user = authenticator.authenticate(credentials, transactions.databaseOf(txn, DEFAULT_DATABASE),
                    request.client(), request.tls());
            HttpTransactions.Entry entry = transactions.acquire(txn, user);
            try {
                String db = text(body, "database", entry.database);
                if (!db.equals(entry.database)) {
                    throw HttpFailure.badRequest("transaction \"%s\" is in database \"%s\", not \"%s\"", txn,
                            entry.database, db);
                }
                execute(request, entry.session, statements, batch, exact, objects, 200);
            } finally {
                transactions.release(entry);
            }
            return;
        }
        String db = text(body, "database", DEFAULT_DATABASE);
        String user = authenticator.authenticate(credentials, db, request.client(), request.tls());
        try (Session session = openSession(user, db)) {
            execute(request, session, statements, batch, exact, objects, 200);
        }
    }

    /** {@code "statements": ["SQL", {"sql": "SQL", "params": [...]}, ...]} (then no "sql" or "params"). */
    private static List<SqlStatement> statements(JsonNode body) {
        if (body.has("sql") || body.has("params")) {
            throw HttpFailure.badRequest("send either \"sql\" (with \"params\") or \"statements\", not both");
        }
        JsonNode list = body.get("statements");
        if (!list.isArray() || list.isEmpty()) {
            throw HttpFailure.badRequest("\"statements\" must be a non-empty array");
        }
        if (list.size() > MAX_STATEMENTS) {
            throw new HttpFailure(413, new PgException(SqlState.PROGRAM_LIMIT_EXCEEDED,
                    "too many statements in one request (at most %d)", MAX_STATEMENTS));
        }
        List<SqlStatement> statements = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            JsonNode item = list.get(i);
            String where = "statements[" + i + "].";
            if (item.isTextual()) {
                statements.add(statement(where, item, null));
            } else if (item.isObject()) {
                checkFields(item, STATEMENT_FIELDS);
                statements.add(statement(where, item.get("sql"), item.get("params")));
            } else {
                throw HttpFailure.badRequest("statements[%d] must be a string or an object with \"sql\"", i);
            }
        }
        return statements;
    }

    private static SqlStatement statement(String where, JsonNode sql, JsonNode params) {
        if (sql == null || sql.isNull()) {
            throw HttpFailure.badRequest("\"%ssql\" is required", where);
        }
        if (!sql.isTextual()) {
            throw HttpFailure.badRequest("\"%ssql\" must be a string", where);
        }
        List<JsonNode> values = new ArrayList<>();
        if (params != null && !params.isNull()) {
            if (!params.isArray()) {
                throw HttpFailure.badRequest("\"%sparams\" must be an array", where);
            }
            params.forEach(values::add);
        }
        return new SqlStatement(sql.textValue(), values);
    }

    /**
     * Runs the statements on the session and writes their results: one implicit transaction
     * outside an HTTP transaction (all or nothing), inside it otherwise.
     */
    private void execute(HttpRequest request, Session session, List<SqlStatement> statements, boolean batch,
            boolean exact, boolean objects, int status) throws IOException {
        ResultWriter writer = new ResultWriter(mapper.getFactory(), request.exchange, request.wantsNdjson(), objects,
                exact, batch);
        int index = 0;
        try {
            for (; index < statements.size(); index++) {
                // statement_timeout stops the statement; a client can SET it off inside a transaction, so
                // the door cancels it anyway a second after the configured limit
                ScheduledFuture<?> deadline = timers.schedule(
                        () -> database.cancel(session.processId(), session.secretKey()),
                        config.statementTimeout().toMillis() + DEADLINE_GRACE_MILLIS, TimeUnit.MILLISECONDS);
                try {
                    StatementRunner.execute(session, statements.get(index), writer);
                } finally {
                    deadline.cancel(false);
                }
            }
            StatementRunner.commit(session);
        } catch (PgException e) {
            StatementRunner.afterError(session);
            // the index of the statement that failed; none when the commit did
            Integer failed = batch && index < statements.size() ? index : null;
            if (writer.failInBody(e, failed)) {
                return;
            }
            if (!batch) {
                throw e;
            }
            sendError(request.exchange, HttpErrors.statusOf(e), e, failed);
            return;
        } catch (RuntimeException e) {
            StatementRunner.afterError(session);
            throw e;
        }
        writer.finish(status);
    }

    // ---------------------------------------------------------------- transactions

    private void beginTransaction(HttpRequest request) throws IOException {
        JsonNode body = request.json(mapper, config.maxBodyBytes());
        if (body == null) {
            body = mapper.createObjectNode();
        }
        if (!body.isObject()) {
            throw HttpFailure.badRequest("the body must be a JSON object");
        }
        checkFields(body, TRANSACTION_FIELDS);
        String db = text(body, "database", DEFAULT_DATABASE);
        String isolation = choice(body, "isolation", "read committed", "repeatable read", "serializable");
        boolean readOnly = bool(body, "readOnly");
        long timeoutMillis = config.transactionTimeout().toMillis();
        JsonNode timeout = body.get("timeout");
        if (timeout != null && !timeout.isNull()) {
            if (!timeout.isNumber() || timeout.asDouble() <= 0) {
                throw HttpFailure.badRequest("\"timeout\" must be a positive number of seconds");
            }
            timeoutMillis = Math.min((long) (timeout.asDouble() * 1000), config.maxTransactionTimeout().toMillis());
        }
        // BEGIN is built from fixed words chosen by the validated options, never from request text
        String begin = switch (isolation) {
            case "repeatable read" -> "BEGIN ISOLATION LEVEL REPEATABLE READ";
            case "serializable" -> "BEGIN ISOLATION LEVEL SERIALIZABLE";
            default -> "BEGIN ISOLATION LEVEL READ COMMITTED";
        } + (readOnly ? " READ ONLY" : "");
        String user = authenticator.authenticate(credentials(request), db, request.client(), request.tls());
        Session session = openSession(user, db);
        try {
            session.simpleQuery(begin, DISCARD);
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
        HttpTransactions.Entry entry = transactions.register(session, user, db, timeoutMillis);
        Map<String, Object> result = new java.util.LinkedHashMap<>();
        result.put("txn", entry.id);
        result.put("database", db);
        result.put("isolation", isolation);
        result.put("readOnly", readOnly);
        result.put("timeout", timeoutMillis / 1000.0);
        request.exchange.getResponseHeaders().set("Location", "/v1/transactions/" + entry.id);
        sendJson(request.exchange, 201, result);
    }

    private void endTransaction(HttpRequest request, String id, boolean commit) throws IOException {
        String user = authenticator.authenticate(credentials(request), transactions.databaseOf(id, DEFAULT_DATABASE),
                request.client(), request.tls());
        HttpTransactions.Entry entry = transactions.acquire(id, user);
        String[] tag = new String[1];
        try {
            entry.session.simpleQuery(commit ? "COMMIT" : "ROLLBACK", new ResultSink() {
                @Override
                public void columns(List<ResultColumn> columns) {
                }

                @Override
                public void row(Object[] values) {
                }

                @Override
                public void complete(String commandTag) {
                    tag[0] = commandTag;
                }

                @Override
                public void emptyQuery() {
                }
            });
        } finally {
            transactions.end(entry);
            entry.lock.unlock();
        }
        Map<String, Object> result = new java.util.LinkedHashMap<>();
        result.put("command", tag[0]);
        sendJson(request.exchange, 200, result);
    }

    // ---------------------------------------------------------------- GET /v1/health

    /**
     * 200 {"status":"ok"} while the database accepts writes; 503 {"status":"read-only"} after a
     * write-ahead log failure made it refuse them (reads still work). No authentication.
     */
    private void health(HttpRequest request) throws IOException {
        boolean writable = database.statistics().writable();
        Map<String, Object> result = new java.util.LinkedHashMap<>();
        result.put("status", writable ? "ok" : "read-only");
        result.put("writable", writable);
        sendJson(request.exchange, writable ? 200 : 503, result);
    }

    // ---------------------------------------------------------------- GET /v1/metrics

    /** The --metrics-port page, for any role the rules let connect to the default database. */
    private void metrics(HttpRequest request) throws IOException {
        authenticator.authenticate(credentials(request), DEFAULT_DATABASE, request.client(), request.tls());
        byte[] body = PrometheusMetrics.render(database).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        request.exchange.getResponseHeaders().set("Content-Type", PrometheusMetrics.CONTENT_TYPE);
        request.exchange.sendResponseHeaders(200, body.length);
        request.exchange.getResponseBody().write(body);
    }

    // ---------------------------------------------------------------- POST /v1/tokens

    private void issueToken(HttpRequest request) throws IOException {
        JsonNode body = request.json(mapper, config.maxBodyBytes());
        if (body == null) {
            body = mapper.createObjectNode();
        }
        if (!body.isObject()) {
            throw HttpFailure.badRequest("the body must be a JSON object");
        }
        checkFields(body, Set.of("expiresIn"));
        long seconds = DEFAULT_TOKEN_SECONDS;
        JsonNode expires = body.get("expiresIn");
        if (expires != null && !expires.isNull()) {
            if (!expires.isIntegralNumber() || expires.asLong() <= 0 || expires.asLong() > MAX_TOKEN_SECONDS) {
                throw HttpFailure.badRequest("\"expiresIn\" must be a whole number of seconds from 1 to %d",
                        MAX_TOKEN_SECONDS);
            }
            seconds = expires.asLong();
        }
        Credentials credentials = credentials(request);
        if (credentials == null || credentials.token() != null) {
            throw new HttpFailure(401, new PgException(SqlState.INVALID_PASSWORD,
                    "a token is issued only for HTTP Basic credentials"));
        }
        HttpAuthenticator.Identity identity = authenticator.identify(credentials, DEFAULT_DATABASE, request.client(),
                request.tls());
        if (!identity.passwordChecked()) {
            throw HttpFailure.badRequest("a token is issued only after a password check (the rules trust this client:"
                    + " it needs no token)");
        }
        Map<String, Object> result = new java.util.LinkedHashMap<>();
        result.put("token", authenticator.tokens().issue(identity.user(), seconds));
        result.put("role", identity.user());
        result.put("expiresIn", seconds);
        sendJson(request.exchange, 201, result);
    }

    // ---------------------------------------------------------------- table endpoints

    private void table(HttpRequest request, String db, String table) throws IOException {
        SqlStatement statement;
        int status = 200;
        switch (request.method) {
            case "GET" -> statement = TableRequest.select(table, request.query);
            case "POST" -> {
                statement = TableRequest.insert(table, request.json(mapper, config.maxBodyBytes()));
                status = 201;
            }
            case "PATCH" -> statement = TableRequest.update(table, request.json(mapper, config.maxBodyBytes()),
                    request.query);
            case "DELETE" -> statement = TableRequest.delete(table, request.query);
            default -> throw methodNotAllowed(request, "GET, POST, PATCH, DELETE");
        }
        boolean exact = !"number".equalsIgnoreCase(request.header("PGLite-Exact-Numbers"));
        String user = authenticator.authenticate(credentials(request), db, request.client(), request.tls());
        try (Session session = openSession(user, db)) {
            execute(request, session, List.of(statement), false, exact, true, status);
        } catch (PgException e) {
            if (e.state() == SqlState.UNDEFINED_TABLE) {
                sendError(request.exchange, 404, e);
                return;
            }
            throw e;
        }
    }

    // ---------------------------------------------------------------- helpers

    private Session openSession(String user, String db) {
        Map<String, String> startup = new HashMap<>();
        startup.put("user", user);
        startup.put("database", db);
        startup.put("application_name", "pglitedb-http");
        startup.put("options", "-c statement_timeout=" + config.statementTimeout().toMillis());
        return database.openSession(startup);
    }

    private static Credentials credentials(HttpRequest request) {
        return Credentials.parse(request.header("Authorization"));
    }

    private static void expect(HttpRequest request, String method) {
        if (!request.method.equals(method)) {
            throw methodNotAllowed(request, method);
        }
    }

    private static HttpFailure methodNotAllowed(HttpRequest request, String allowed) {
        request.exchange.getResponseHeaders().set("Allow", allowed);
        return new HttpFailure(405, new PgException(SqlState.PROTOCOL_VIOLATION, "method %s is not allowed here",
                request.method));
    }

    private static void checkFields(JsonNode body, Set<String> allowed) {
        body.fieldNames().forEachRemaining(name -> {
            if (!allowed.contains(name)) {
                throw HttpFailure.badRequest("unknown field \"%s\" (allowed: %s)", name,
                        String.join(", ", new java.util.TreeSet<>(allowed)));
            }
        });
    }

    private static String text(JsonNode body, String field, String fallback) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return fallback;
        }
        if (!node.isTextual()) {
            throw HttpFailure.badRequest("\"%s\" must be a string", field);
        }
        return node.textValue();
    }

    private static boolean bool(JsonNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return false;
        }
        if (!node.isBoolean()) {
            throw HttpFailure.badRequest("\"%s\" must be true or false", field);
        }
        return node.booleanValue();
    }

    /** A string field that must be one of {@code choices}; the first is the default. */
    private static String choice(JsonNode body, String field, String... choices) {
        String value = text(body, field, choices[0]).toLowerCase(java.util.Locale.ROOT);
        for (String choice : choices) {
            if (choice.equals(value)) {
                return choice;
            }
        }
        throw HttpFailure.badRequest("\"%s\" must be one of: \"%s\"", field, String.join("\", \"", choices));
    }

    private void sendJson(HttpExchange exchange, int status, Object value) throws IOException {
        byte[] body = mapper.writeValueAsBytes(value);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    private void sendOpenApi(HttpExchange exchange) throws IOException {
        try (InputStream in = HttpRoutes.class.getResourceAsStream("openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json is missing from the jar");
            }
            byte[] body = in.readAllBytes();
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        }
    }

    private void sendError(HttpExchange exchange, int status, PgException error) {
        sendError(exchange, status, error, null);
    }

    /** @param statement the index of the failed statement of a batch, else null */
    private void sendError(HttpExchange exchange, int status, PgException error, Integer statement) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (JsonGenerator json = mapper.getFactory().createGenerator(bytes, JsonEncoding.UTF8)) {
                json.writeStartObject();
                HttpErrors.writeErrorField(json, error, statement);
                json.writeEndObject();
            }
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.size());
            exchange.getResponseBody().write(bytes.toByteArray());
        } catch (IOException e) {
            // headers were already sent or the client left: nothing more can be said
        }
    }

    private static final ResultSink DISCARD = new ResultSink() {
        @Override
        public void columns(List<ResultColumn> columns) {
        }

        @Override
        public void row(Object[] values) {
        }

        @Override
        public void complete(String commandTag) {
        }

        @Override
        public void emptyQuery() {
        }
    };
}
