package io.pglitedb.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** One statement to run: SQL text and its parameter values, in $n order. */
record SqlStatement(String sql, List<JsonNode> params) {
    SqlStatement {
        params = List.copyOf(params);
    }
}
