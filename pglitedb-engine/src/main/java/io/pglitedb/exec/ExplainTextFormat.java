package io.pglitedb.exec;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * EXPLAIN's text format, line by line as PostgreSQL's ExplainNode indents it: a node's title with
 * its {@code (cost=...)} and {@code (actual ...)}, its details two spaces further in, a child
 * behind {@code ->  } (a subplan first under its name), and the summary's times at the end.
 */
final class ExplainTextFormat {
    private final ExplainPlan plan;
    private final List<String> lines = new ArrayList<>();

    private ExplainTextFormat(ExplainPlan plan) {
        this.plan = plan;
    }

    static List<String> render(ExplainPlan plan) {
        ExplainTextFormat format = new ExplainTextFormat(plan);
        format.node(plan.root(), 0);
        if (plan.settings() != null && !plan.settings().isEmpty()) {
            List<String> settings = new ArrayList<>();
            for (java.util.Map.Entry<String, String> s : plan.settings()) {
                settings.add(s.getKey() + " = '" + s.getValue() + "'");
            }
            format.lines.add("Settings: " + String.join(", ", settings));
        }
        if (plan.summary()) {
            format.lines.add(String.format(Locale.ROOT, "Planning Time: %.3f ms", plan.planningMillis()));
        }
        if (plan.analyze() && plan.summary()) {
            format.lines.add(String.format(Locale.ROOT, "Execution Time: %.3f ms", plan.executionMillis()));
        }
        return format.lines;
    }

    /** A node at PostgreSQL's indent level (two spaces each). */
    private void node(ExplainNode node, int indent) {
        if (node.subplanName() != null) {
            lines.add(" ".repeat(2 * indent) + node.subplanName());
            indent++;
        }
        StringBuilder line = new StringBuilder();
        if (indent > 0) {
            line.append(" ".repeat(2 * indent)).append("->  ");
            indent += 2;
        }
        line.append(node.title());
        if (node.cost() != null) {
            line.append(PlanEstimates.format(node.cost()));
        }
        if (plan.analyze()) {
            line.append(actual(node.actual()));
        }
        lines.add(line.toString());
        indent++;
        for (ExplainProperty p : node.details()) {
            if (p.text() != null) {
                lines.add(" ".repeat(2 * indent) + p.text());
            }
        }
        for (ExplainNode child : node.children()) {
            node(child, indent);
        }
    }

    private String actual(NodeStats stats) {
        if (stats == null || stats.loops == 0) {
            return " (never executed)";
        }
        String rows = "rows=" + Math.round((double) stats.rows / stats.loops) + " loops=" + stats.loops + ")";
        if (!plan.timing()) {
            return " (actual " + rows;
        }
        return String.format(Locale.ROOT, " (actual time=%.3f..%.3f ", stats.firstRowNanos / 1e6 / stats.loops,
                stats.nanos / 1e6 / stats.loops) + rows;
    }
}
