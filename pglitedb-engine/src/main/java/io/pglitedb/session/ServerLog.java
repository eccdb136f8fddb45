package io.pglitedb.session;

import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Where the engine writes its log lines (log_min_duration_statement's durations): the server
 * prints them on stderr in PostgreSQL's style, each prefixed as log_line_prefix says; an
 * embedded database logs nothing unless told where to.
 */
public interface ServerLog {
    /** Writes one LOG line about {@code session} (null: not about a session). */
    void log(Session session, String message);

    ServerLog NONE = (session, message) -> { };

    /**
     * Log lines on {@code out} with PostgreSQL's log_line_prefix escapes: %m (time with
     * milliseconds), %t (time), %p (process id), %u (user), %d (database), %a (application),
     * %c (session id), %% (a percent sign); other escapes print nothing, as in PostgreSQL.
     */
    static ServerLog lines(PrintStream out, String prefix) {
        DateTimeFormatter millis = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS 'UTC'").withZone(ZoneOffset.UTC);
        DateTimeFormatter seconds = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);
        return (session, message) -> {
            Instant now = Instant.now();
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < prefix.length(); i++) {
                char c = prefix.charAt(i);
                if (c != '%' || i + 1 == prefix.length()) {
                    line.append(c);
                    continue;
                }
                char escape = prefix.charAt(++i);
                switch (escape) {
                    case 'm' -> line.append(millis.format(now));
                    case 't' -> line.append(seconds.format(now));
                    case 'p' -> line.append(session == null ? ProcessHandle.current().pid() : session.processId());
                    case 'u' -> line.append(session == null ? "" : session.sessionUser());
                    case 'd' -> line.append(session == null ? "" : session.databaseName());
                    case 'a' -> line.append(session == null ? "" : session.applicationName());
                    case 'c' -> line.append(session == null ? "" : Integer.toHexString(session.processId()));
                    case '%' -> line.append('%');
                    default -> { }
                }
            }
            line.append("LOG:  ").append(message);
            synchronized (out) {
                out.println(line);
            }
        };
    }
}
