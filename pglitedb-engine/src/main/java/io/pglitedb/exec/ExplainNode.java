package io.pglitedb.exec;

import java.util.List;

/**
 * One node of a plan as EXPLAIN describes it, in every format's order (PostgreSQL's ExplainNode):
 * its {@code title} in the text format ({@code Seq Scan on t a}, {@code Hash Left Join}); its
 * {@code type} ({@code Seq Scan}, {@code Hash Join}, {@code Aggregate}) and the {@code heading}
 * properties that qualify it (Strategy, Partial Mode, Operation); how it relates to its parent
 * ({@code Outer}, {@code Inner}, {@code Member}, {@code InitPlan}, {@code SubPlan}; null at the
 * top) and its {@code subplanName} ({@code InitPlan 1 (returns $0)}, else null); the {@code target}
 * properties naming what it reads (Relation Name, Alias, Index Name, Join Type ...); the
 * {@code cost} estimate (null under COSTS OFF); what it did under ANALYZE ({@code actual}, null
 * when it never ran); the {@code details} (Output, Index Cond, Filter, Sort Key ...) and its
 * children.
 */
record ExplainNode(String title, String type, List<ExplainProperty> heading, String relationship,
        String subplanName, List<ExplainProperty> target, PlanEstimates.Estimate cost, NodeStats actual,
        List<ExplainProperty> details, List<ExplainNode> children) {
    ExplainNode {
        heading = List.copyOf(heading);
        target = List.copyOf(target);
        details = List.copyOf(details);
        children = List.copyOf(children);
    }

    /** This node over other children. */
    ExplainNode withChildren(List<ExplainNode> children) {
        return new ExplainNode(title, type, heading, relationship, subplanName, target, cost, actual, details, children);
    }

    /** This node under another parent relationship (and subplan name). */
    ExplainNode relatedAs(String relationship, String subplanName) {
        return new ExplainNode(title, type, heading, relationship, subplanName, target, cost, actual, details, children);
    }
}
