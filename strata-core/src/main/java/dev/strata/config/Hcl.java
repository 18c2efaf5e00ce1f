package dev.strata.config;

import java.util.List;

/** The syntax tree of an HCL file: bodies of attributes and blocks, and expressions. */
final class Hcl {

    private Hcl() {
    }

    /** Where a node starts in the file. */
    record Pos(int line, int column) {
    }

    record Body(List<Attribute> attributes, List<Block> blocks) {
        Attribute attribute(String name) {
            for (Attribute a : attributes) {
                if (a.name().equals(name)) {
                    return a;
                }
            }
            return null;
        }

        List<Block> blocks(String type) {
            return blocks.stream().filter(b -> b.type().equals(type)).toList();
        }
    }

    record Attribute(String name, Expr value, Pos pos) {
    }

    record Block(String type, List<String> labels, Body body, Pos pos) {
    }

    /** An expression; evaluated by {@link Evaluator}. */
    sealed interface Expr {
        Pos pos();
    }

    record Literal(Object value, Pos pos) implements Expr {
    }

    /** A string with {@code ${...}} parts: literal strings and expressions, concatenated. */
    record Template(List<Expr> parts, Pos pos) implements Expr {
    }

    /** A name such as {@code var}, {@code each} or {@code string}. */
    record Variable(String name, Pos pos) implements Expr {
    }

    record GetAttr(Expr target, String name, Pos pos) implements Expr {
    }

    record Index(Expr target, Expr key, Pos pos) implements Expr {
    }

    record Call(String name, List<Expr> args, Pos pos) implements Expr {
    }

    record Tuple(List<Expr> items, Pos pos) implements Expr {
    }

    record ObjectExpr(List<Expr> keys, List<Expr> values, Pos pos) implements Expr {
    }

    record Unary(HclLexer.Kind op, Expr operand, Pos pos) implements Expr {
    }

    record Binary(HclLexer.Kind op, Expr left, Expr right, Pos pos) implements Expr {
    }

    record Conditional(Expr condition, Expr then, Expr otherwise, Pos pos) implements Expr {
    }

    /** {@code [for k, v in coll : expr if cond]} or {@code {for k, v in coll : key => value}}. */
    record For(String keyVar, String valueVar, Expr collection, Expr key, Expr value, Expr condition,
               boolean object, Pos pos) implements Expr {
    }
}
