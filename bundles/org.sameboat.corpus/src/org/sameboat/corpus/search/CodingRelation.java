package org.sameboat.corpus.search;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.search.Query;

/**
 * A query relating two sets of coded excerpts, written between two classic queries:
 * <ul>
 * <li>{@code A OVERLAPS B}: excerpts matching A whose range shares a character with another excerpt matching B;</li>
 * <li>{@code A WITHIN n TURNS OF B}: excerpts matching A at most n turns before or after another matching B
 * (0 = the same turn);</li>
 * <li>{@code A FOLLOWED BY B}: excerpts matching A with an excerpt matching B that starts where A ends or later,
 * in the same turn or the next; {@code A FOLLOWED WITHIN n TURNS BY B} widens that to n turns.</li>
 * </ul>
 * Both sides are excerpts in the same document; the hits are A's excerpts. Operators are upper case, like
 * AND and OR, and a query holds at most one of them.
 *
 * @param left  the excerpts that become hits
 * @param kind  how they must relate to the right side
 * @param turns the turn distance for WITHIN and FOLLOWED
 * @param right the excerpts they are compared with
 */
public record CodingRelation(Query left, Kind kind, int turns, Query right) {

    /** The relations a query can ask for. */
    public enum Kind {
        OVERLAPS, WITHIN, FOLLOWED_BY
    }

    private static final Pattern OPERATOR = Pattern.compile(
            "OVERLAPS\\b|WITHIN\\s+(\\d+)\\s+TURNS?\\s+OF\\b|FOLLOWED\\s+(?:WITHIN\\s+(\\d+)\\s+TURNS?\\s+)?BY\\b");
    /**
     * The first word of an operator whose rest is not as it should be (WITHIN x TURNS OF): read as words, it would
     * quietly search for "within" and "turns" instead of relating codes.
     */
    private static final Pattern BROKEN_OPERATOR = Pattern.compile("(WITHIN|FOLLOWED)\\b");

    /** Splits a query at its relation operator and parses both sides; empty when it has none. */
    public static Optional<CodingRelation> parse(String query) throws QuerySyntaxException {
        Matcher operator = null;
        boolean quoted = false;
        int depth = 0;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '(' || c == '[' || c == '{')) {
                depth++;
            } else if (!quoted && (c == ')' || c == ']' || c == '}')) {
                depth--;
            } else if (!quoted && depth == 0 && (i == 0 || Character.isWhitespace(query.charAt(i - 1)))) {
                Matcher m = OPERATOR.matcher(query).region(i, query.length());
                Matcher broken = BROKEN_OPERATOR.matcher(query).region(i, query.length());
                if (!m.lookingAt() && broken.lookingAt()) {
                    throw new QuerySyntaxException(i + 1, broken.group(1).equals("WITHIN")
                            ? "WITHIN needs a whole number of turns: A WITHIN 2 TURNS OF B"
                            : "FOLLOWED needs BY: A FOLLOWED BY B, or A FOLLOWED WITHIN 2 TURNS BY B");
                }
                if (m.lookingAt()) {
                    if (operator != null) {
                        throw new QuerySyntaxException(i + 1, "a query can relate codes only once; '"
                                + operator.group().split("\\s+")[0] + "' came before");
                    }
                    operator = m;
                    i = m.end() - 1;
                }
            }
        }
        if (operator == null) {
            return Optional.empty();
        }
        String leftText = query.substring(0, operator.start());
        String rightText = query.substring(operator.end());
        String word = operator.group().split("\\s+")[0];
        if (leftText.isBlank()) {
            throw new QuerySyntaxException(operator.start() + 1, word + " needs a query before it, e.g. code:\"Mutual support\"");
        }
        if (rightText.isBlank()) {
            throw new QuerySyntaxException(operator.end() + 1, word + " needs a query after it, e.g. code:\"All in the same boat\"");
        }
        Query left = CorpusQueryParser.parse(leftText, 0);
        Query right = CorpusQueryParser.parse(rightText, operator.end());
        if (word.equals("OVERLAPS")) {
            return Optional.of(new CodingRelation(left, Kind.OVERLAPS, 0, right));
        }
        if (word.equals("WITHIN")) {
            return Optional.of(new CodingRelation(left, Kind.WITHIN, turns(operator.group(1), operator.start()), right));
        }
        int turns = operator.group(2) == null ? 1 : turns(operator.group(2), operator.start());
        return Optional.of(new CodingRelation(left, Kind.FOLLOWED_BY, turns, right));
    }

    private static int turns(String digits, int at) throws QuerySyntaxException {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw new QuerySyntaxException(at + 1, "'" + digits + "' turns is too many");
        }
    }

    /** Whether an excerpt on the left relates to one on the right (both of the same document). */
    boolean holds(Excerpt l, Excerpt r) {
        if (l.luceneDoc() == r.luceneDoc()) {
            return false;
        }
        return switch (kind) {
            case OVERLAPS -> r.start() < l.end() && l.start() < r.end();
            case WITHIN -> l.turn() > 0 && r.turn() > 0 && Math.abs(l.turn() - r.turn()) <= turns;
            case FOLLOWED_BY -> r.start() >= l.end() && l.turn() > 0 && r.turn() >= l.turn() && r.turn() - l.turn() <= turns;
        };
    }

    /** What the join needs of an excerpt. */
    record Excerpt(int luceneDoc, String documentId, int start, int end, int turn) {
    }
}
