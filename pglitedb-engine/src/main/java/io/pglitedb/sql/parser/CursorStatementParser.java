package io.pglitedb.sql.parser;

import io.pglitedb.sql.ast.CloseCursor;
import io.pglitedb.sql.ast.DeclareCursor;
import io.pglitedb.sql.ast.FetchCursor;
import io.pglitedb.sql.ast.Query;
import java.util.List;

/** DECLARE ... CURSOR, FETCH, MOVE and CLOSE (PostgreSQL's DeclareCursorStmt, FetchStmt, ClosePortalStmt). */
abstract class CursorStatementParser extends QueryParser {

    CursorStatementParser(String sql, List<Token> tokens) {
        super(sql, tokens);
    }

    /** At DECLARE. */
    final DeclareCursor declareCursor() {
        expect(Keyword.DECLARE);
        String name = colId();
        boolean scroll = false;
        boolean noScroll = false;
        while (true) {
            if (accept(Keyword.BINARY) || accept(Keyword.INSENSITIVE) || accept(Keyword.ASENSITIVE)) {
                continue;
            }
            if (at(Keyword.NO) && la(1).is(Keyword.SCROLL)) {
                advance();
                advance();
                noScroll = true;
                continue;
            }
            if (accept(Keyword.SCROLL)) {
                scroll = true;
                continue;
            }
            break;
        }
        expect(Keyword.CURSOR);
        boolean hold = false;
        if (at(Keyword.WITH) || at(Keyword.WITHOUT)) {
            hold = take().is(Keyword.WITH);
            expect(Keyword.HOLD);
        }
        expect(Keyword.FOR);
        Token start = cur();
        Query query = selectStatement();
        String text = sql.substring(start.start(), cur().start()).strip();
        return new DeclareCursor(name, scroll, noScroll, hold, query, text);
    }

    /** At FETCH or MOVE. */
    final FetchCursor fetchCursor() {
        boolean move = take().is(Keyword.MOVE);
        FetchCursor.Direction direction = FetchCursor.Direction.FORWARD;
        long count = 1;
        Token t = cur();
        Keyword k = t.kind() == TokenKind.IDENT ? t.keyword() : null;
        boolean nameFollows = la(1).is(Keyword.FROM) || la(1).is(Keyword.IN);
        if (k == Keyword.NEXT && nameFollowsOrName()) {
            advance();
        } else if (k == Keyword.PRIOR && nameFollowsOrName()) {
            advance();
            direction = FetchCursor.Direction.BACKWARD;
        } else if (k == Keyword.FIRST && nameFollowsOrName()) {
            advance();
            direction = FetchCursor.Direction.ABSOLUTE;
        } else if (k == Keyword.LAST && nameFollowsOrName()) {
            advance();
            direction = FetchCursor.Direction.ABSOLUTE;
            count = -1;
        } else if (k == Keyword.ABSOLUTE || k == Keyword.RELATIVE) {
            advance();
            direction = k == Keyword.ABSOLUTE ? FetchCursor.Direction.ABSOLUTE : FetchCursor.Direction.RELATIVE;
            count = signedCount();
        } else if (k == Keyword.ALL && nameFollowsOrName()) {
            advance();
            count = FetchCursor.ALL;
        } else if ((k == Keyword.FORWARD || k == Keyword.BACKWARD) && !nameFollows) {
            advance();
            boolean backward = k == Keyword.BACKWARD;
            if (accept(Keyword.ALL)) {
                count = FetchCursor.ALL;
            } else if (at(TokenKind.INTEGER) || atOperator("-") || atOperator("+")) {
                count = signedCount();
            }
            if (count < 0 && count != FetchCursor.ALL) {
                count = -count;
                backward = !backward;
            }
            direction = backward ? FetchCursor.Direction.BACKWARD : FetchCursor.Direction.FORWARD;
        } else if (t.kind() == TokenKind.INTEGER || atOperator("-") || atOperator("+")) {
            count = signedCount();
            if (count < 0) {
                count = -count;
                direction = FetchCursor.Direction.BACKWARD;
            }
        }
        if (!accept(Keyword.FROM)) {
            accept(Keyword.IN);
        }
        return new FetchCursor(colId(), direction, count, move);
    }

    /** After a direction keyword: FROM/IN or the cursor name follows (else the keyword is the name). */
    private boolean nameFollowsOrName() {
        Token next = la(1);
        return next.is(Keyword.FROM) || next.is(Keyword.IN) || next.kind() == TokenKind.IDENT
                || next.kind() == TokenKind.QUOTED_IDENT;
    }

    private long signedCount() {
        boolean negative = false;
        if (atOperator("-") || atOperator("+")) {
            negative = take().isOperator("-");
        }
        Token n = expect(TokenKind.INTEGER);
        long value = Long.parseLong(n.value());
        return negative ? -value : value;
    }

    /** At CLOSE. */
    final CloseCursor closeCursor() {
        expect(Keyword.CLOSE);
        if (accept(Keyword.ALL)) {
            return new CloseCursor(null);
        }
        return new CloseCursor(colId());
    }
}
