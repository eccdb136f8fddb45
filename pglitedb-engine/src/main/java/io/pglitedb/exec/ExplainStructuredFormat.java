package io.pglitedb.exec;

import io.pglitedb.sql.ast.ExplainFormat;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * EXPLAIN's JSON, YAML and XML formats: one document holding the plan's nodes with PostgreSQL's
 * keys in its order (Node Type, Strategy, Partial Mode, Operation, Parent Relationship, Subplan
 * Name, Parallel Aware, Async Capable, what the node reads, costs, actuals, details, Plans), then
 * Settings, Planning, Planning Time, Triggers and Execution Time. The walk is shared; each format writes groups and
 * properties the way PostgreSQL's ExplainOpenGroup / ExplainProperty do for it, down to its
 * whitespace.
 */
abstract sealed class ExplainStructuredFormat {
    protected final StringBuilder out = new StringBuilder();
    protected int indent;

    static String render(ExplainPlan plan, ExplainFormat format) {
        ExplainStructuredFormat writer = switch (format) {
            case JSON -> new Json();
            case YAML -> new Yaml();
            case XML -> new Xml();
            case TEXT -> throw new IllegalArgumentException("the text format is ExplainTextFormat's");
        };
        writer.begin();
        writer.openGroup("Query", null, true);
        writer.node(plan, plan.root());
        if (plan.settings() != null) {
            writer.openGroup("Settings", "Settings", true);
            for (java.util.Map.Entry<String, String> s : plan.settings()) {
                writer.text(s.getKey(), s.getValue());
            }
            writer.closeGroup("Settings", "Settings", true);
        }
        if (plan.buffers()) {
            writer.openGroup("Planning", "Planning", true);
            writer.bufferUsage(plan);
            writer.closeGroup("Planning", "Planning", true);
        }
        if (plan.summary()) {
            writer.property("Planning Time", ExplainProperty.decimal(plan.planningMillis(), 3));
        }
        if (plan.analyze()) { // no triggers fire here, but PostgreSQL lists them (none) under ANALYZE
            writer.openGroup("Triggers", "Triggers", false);
            writer.closeGroup("Triggers", "Triggers", false);
        }
        if (plan.analyze() && plan.summary()) {
            writer.property("Execution Time", ExplainProperty.decimal(plan.executionMillis(), 3));
        }
        writer.closeGroup("Query", null, true);
        writer.end();
        return writer.out.toString();
    }

    private void node(ExplainPlan plan, ExplainNode node) {
        String label = node.relationship() == null ? "Plan" : null;
        openGroup("Plan", label, true);
        property("Node Type", node.type());
        properties(node.heading());
        if (node.relationship() != null) {
            property("Parent Relationship", node.relationship());
        }
        if (node.subplanName() != null) {
            property("Subplan Name", node.subplanName());
        }
        property("Parallel Aware", false);
        property("Async Capable", false);
        properties(node.target());
        if (node.cost() != null) {
            property("Startup Cost", ExplainProperty.decimal(node.cost().startup(), 2));
            property("Total Cost", ExplainProperty.decimal(node.cost().total(), 2));
            property("Plan Rows", ExplainProperty.decimal(Math.round(node.cost().rows()), 0));
            property("Plan Width", (long) node.cost().width());
        }
        if (plan.analyze()) {
            NodeStats stats = node.actual();
            long loops = stats == null ? 0 : stats.loops;
            if (plan.timing()) {
                property("Actual Startup Time", ExplainProperty.decimal(loops == 0 ? 0 : stats.firstRowNanos / 1e6 / loops, 3));
                property("Actual Total Time", ExplainProperty.decimal(loops == 0 ? 0 : stats.nanos / 1e6 / loops, 3));
            }
            property("Actual Rows", loops == 0 ? 0L : Math.round((double) stats.rows / loops));
            property("Actual Loops", loops);
        }
        properties(node.details());
        if (plan.buffers()) {
            bufferUsage(plan);
        }
        if (!node.children().isEmpty()) {
            openGroup("Plans", "Plans", false);
            for (ExplainNode child : node.children()) {
                node(plan, child);
            }
            closeGroup("Plans", "Plans", false);
        }
        closeGroup("Plan", label, true);
    }

    /** BUFFERS: the blocks read and written through PostgreSQL's buffers, none here (the storage has none). */
    private void bufferUsage(ExplainPlan plan) {
        for (String kind : List.of("Shared Hit", "Shared Read", "Shared Dirtied", "Shared Written", "Local Hit",
                "Local Read", "Local Dirtied", "Local Written", "Temp Read", "Temp Written")) {
            property(kind + " Blocks", 0L);
        }
        if (plan.ioTiming()) {
            for (String kind : List.of("I/O Read", "I/O Write", "Temp I/O Read", "Temp I/O Write")) {
                property(kind + " Time", ExplainProperty.decimal(0, 3));
            }
        }
    }

    private void properties(List<ExplainProperty> properties) {
        for (ExplainProperty p : properties) {
            if (p.value() != null) {
                property(p.key(), p.value());
            }
        }
    }

    private void property(String key, Object value) {
        if (value instanceof List<?> list) {
            list(key, list);
        } else if (value instanceof String s) {
            text(key, s);
        } else {
            number(key, value instanceof BigDecimal d ? d.toPlainString() : value.toString());
        }
    }

    abstract void begin();

    abstract void end();

    /** Opens a group of {@code objtype} (its XML tag), labelled (JSON, YAML) or not, an object or a list. */
    abstract void openGroup(String objtype, String label, boolean object);

    abstract void closeGroup(String objtype, String label, boolean object);

    /** A string value. */
    abstract void text(String key, String value);

    /** A number or boolean, unquoted. */
    abstract void number(String key, String value);

    abstract void list(String key, List<?> values);

    protected void spaces(int n) {
        out.repeat(' ', n);
    }

    /** PostgreSQL's escape_json: the string in double quotes. */
    static String quoted(String s) {
        return io.pglitedb.types.JsonValue.quote(s);
    }

    /** JSON: a list of one object per query; a comma before every item but a group's first. */
    static final class Json extends ExplainStructuredFormat {
        /** Per open group: whether an item has been written in it. */
        private final Deque<Boolean> written = new ArrayDeque<>();

        @Override
        void begin() {
            out.append('[');
            written.push(false);
            indent++;
        }

        @Override
        void end() {
            indent--;
            out.append("\n]");
        }

        private void lineEnding() {
            if (written.pop()) {
                out.append(',');
            }
            written.push(true);
            out.append('\n');
        }

        private void key(String key) {
            lineEnding();
            spaces(2 * indent);
            out.append(quoted(key)).append(": ");
        }

        @Override
        void openGroup(String objtype, String label, boolean object) {
            lineEnding();
            spaces(2 * indent);
            if (label != null) {
                out.append(quoted(label)).append(": ");
            }
            out.append(object ? '{' : '[');
            written.push(false);
            indent++;
        }

        @Override
        void closeGroup(String objtype, String label, boolean object) {
            indent--;
            out.append('\n');
            spaces(2 * indent);
            out.append(object ? '}' : ']');
            written.pop();
        }

        @Override
        void text(String key, String value) {
            key(key);
            out.append(quoted(value));
        }

        @Override
        void number(String key, String value) {
            key(key);
            out.append(value);
        }

        @Override
        void list(String key, List<?> values) {
            key(key);
            out.append('[');
            for (int i = 0; i < values.size(); i++) {
                out.append(i == 0 ? "" : ", ").append(quoted(values.get(i).toString()));
            }
            out.append(']');
        }
    }

    /** YAML: {@code - } opens an unlabelled group, whose first property follows on the same line. */
    static final class Yaml extends ExplainStructuredFormat {
        /** Per open group: whether the next item starts a new line. */
        private final Deque<Boolean> newLine = new ArrayDeque<>();

        @Override
        void begin() {
            newLine.push(false);
        }

        @Override
        void end() {
        }

        private void lineStarting() {
            if (newLine.pop()) {
                out.append('\n');
                spaces(2 * indent);
            }
            newLine.push(true);
        }

        @Override
        void openGroup(String objtype, String label, boolean object) {
            lineStarting();
            if (label != null) {
                out.append(label).append(": ");
                newLine.push(true);
            } else {
                out.append("- ");
                newLine.push(false);
            }
            indent++;
        }

        @Override
        void closeGroup(String objtype, String label, boolean object) {
            indent--;
            newLine.pop();
        }

        @Override
        void text(String key, String value) {
            lineStarting();
            out.append(key).append(": ").append(quoted(value));
        }

        @Override
        void number(String key, String value) {
            lineStarting();
            out.append(key).append(": ").append(value);
        }

        @Override
        void list(String key, List<?> values) {
            lineStarting();
            out.append(key).append(": ");
            for (Object v : values) {
                out.append('\n');
                spaces(2 * indent + 2);
                out.append("- ").append(quoted(v.toString()));
            }
        }
    }

    /** XML: an element per group and property, its name with dashes for spaces and slashes, one per line. */
    static final class Xml extends ExplainStructuredFormat {
        @Override
        void begin() {
            out.append("<explain xmlns=\"http://www.postgresql.org/2009/explain\">\n");
            indent++;
        }

        @Override
        void end() {
            indent--;
            out.append("</explain>");
        }

        /** The element's name: PostgreSQL's ExplainXMLTag turns each character XML does not allow into a dash. */
        private static String tag(String name) {
            StringBuilder b = new StringBuilder(name.length());
            for (int i = 0; i < name.length(); i++) {
                char c = name.charAt(i);
                boolean allowed = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
                        || c == '-' || c == '.' || c == '_';
                b.append(allowed ? c : '-');
            }
            return b.toString();
        }

        @Override
        void openGroup(String objtype, String label, boolean object) {
            spaces(2 * indent);
            out.append('<').append(tag(objtype)).append(">\n");
            indent++;
        }

        @Override
        void closeGroup(String objtype, String label, boolean object) {
            indent--;
            spaces(2 * indent);
            out.append("</").append(tag(objtype)).append(">\n");
        }

        @Override
        void text(String key, String value) {
            number(key, escaped(value));
        }

        @Override
        void number(String key, String value) {
            spaces(2 * indent);
            out.append('<').append(tag(key)).append('>').append(value).append("</").append(tag(key)).append(">\n");
        }

        @Override
        void list(String key, List<?> values) {
            spaces(2 * indent);
            out.append('<').append(tag(key)).append(">\n");
            for (Object v : values) {
                spaces(2 * indent + 2);
                out.append("<Item>").append(escaped(v.toString())).append("</Item>\n");
            }
            spaces(2 * indent);
            out.append("</").append(tag(key)).append(">\n");
        }

        /** PostgreSQL's escape_xml. */
        private static String escaped(String s) {
            return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#x0d;");
        }
    }
}
