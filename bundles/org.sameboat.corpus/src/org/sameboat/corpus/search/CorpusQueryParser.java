package org.sameboat.corpus.search;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.document.SortedNumericDocValuesField;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.sameboat.corpus.imports.Timestamps;
import org.sameboat.model.text.OneLine;

/**
 * Lucene's classic query syntax over Sameboat's fields (see {@link SearchFields#QUERYABLE}); unfielded words
 * search {@code text}. Numbers are doc values, not terms, so {@code session:3}, {@code turn:[1 TO 20]} and
 * {@code time:[0:05:00 TO 0:10:00]} are turned into doc-value range queries here (times as h:mm:ss, mm:ss or
 * seconds). These check each candidate's value: cheap beside other clauses, a scan of all entries alone.
 * Unknown fields and wildcards on numbers are errors rather than silent empty results.
 */
public final class CorpusQueryParser {

    private static final Pattern LEXICAL_COLUMN = Pattern.compile("column (\\d+)");

    private CorpusQueryParser() {
    }

    /**
     * Parses one classic query.
     *
     * @param offset how many characters of a longer query come before this one, for error columns
     */
    public static Query parse(String query, int offset) throws QuerySyntaxException {
        if (query.isBlank()) {
            throw new QuerySyntaxException(offset + 1, "the query is empty; give words to look for, e.g. text:alone");
        }
        Parser parser = new Parser(query, offset);
        try {
            return parser.parse(query);
        } catch (ParseException e) {
            throw parser.explain(e);
        } catch (IllegalArgumentException e) {
            // Lucene's own checks while building a query (e.g. a regular expression it cannot compile)
            throw new QuerySyntaxException(offset + 1, "cannot use this query: " + OneLine.of(e));
        }
    }

    private static final class Parser extends QueryParser {
        private final String query;
        private final int offset;

        Parser(String query, int offset) {
            super(SearchFields.TEXT, CorpusAnalyzer.create());
            this.query = query;
            this.offset = offset;
            setAllowLeadingWildcard(true);
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
            check(field);
            if (SearchFields.NUMERIC.contains(field)) {
                long value = field.equals(SearchFields.TIME) ? millis(queryText) : number(field, queryText);
                return SortedNumericDocValuesField.newSlowExactQuery(field, value);
            }
            return super.getFieldQuery(field, queryText, quoted);
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
            check(field);
            return super.getFieldQuery(field, queryText, slop);
        }

        @Override
        protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
                throws ParseException {
            check(field);
            if (SearchFields.NUMERIC.contains(field)) {
                boolean time = field.equals(SearchFields.TIME);
                long low = part1 == null ? Long.MIN_VALUE : time ? millis(part1) : number(field, part1);
                long high = part2 == null ? Long.MAX_VALUE : time ? millis(part2) : number(field, part2);
                // open ends stay open; an exclusive end at the edge of the number line leaves nothing on that side, and
                // a range that is empty (low above high) answers no hits rather than failing
                if (!startInclusive && low != Long.MIN_VALUE) {
                    if (low == Long.MAX_VALUE) {
                        return new MatchNoDocsQuery("the range starts after the largest number");
                    }
                    low++;
                }
                if (!endInclusive && high != Long.MAX_VALUE) {
                    if (high == Long.MIN_VALUE) {
                        return new MatchNoDocsQuery("the range ends before the smallest number");
                    }
                    high--;
                }
                if (low > high) {
                    return new MatchNoDocsQuery("empty range");
                }
                return SortedNumericDocValuesField.newSlowRangeQuery(field, low, high);
            }
            return super.getRangeQuery(field, part1, part2, startInclusive, endInclusive);
        }

        @Override
        protected Query getWildcardQuery(String field, String termStr) throws ParseException {
            checkText(field, "wildcards");
            try {
                return super.getWildcardQuery(field, termStr);
            } catch (TooComplexToDeterminizeException e) {
                throw tooComplex("the wildcard " + termStr, termStr);
            }
        }

        @Override
        protected Query getPrefixQuery(String field, String termStr) throws ParseException {
            checkText(field, "wildcards");
            return super.getPrefixQuery(field, termStr);
        }

        @Override
        protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
            checkText(field, "fuzzy terms");
            try {
                return super.getFuzzyQuery(field, termStr, minSimilarity);
            } catch (TooComplexToDeterminizeException e) {
                throw tooComplex("the fuzzy term " + termStr, termStr);
            }
        }

        @Override
        protected Query getRegexpQuery(String field, String termStr) throws ParseException {
            checkText(field, "regular expressions");
            try {
                return super.getRegexpQuery(field, termStr);
            } catch (TooComplexToDeterminizeException e) {
                throw tooComplex("the regular expression /" + termStr + "/", "/" + termStr);
            } catch (IllegalArgumentException e) {
                int at = query.indexOf("/" + termStr);
                throw new Problem(at < 0 ? 1 : at + 1, "the regular expression /" + termStr + "/ cannot be read: " + OneLine.of(e));
            }
        }

        /**
         * Lucene turns patterns into automata and stops when one would grow too large (e.g. /[ab]*a[ab]{25}/ needs
         * 2^25 states); that is a property of the pattern, so it is the user's to change.
         */
        private Problem tooComplex(String what, String text) {
            int at = query.indexOf(text);
            return new Problem(at < 0 ? 1 : at + 1, what + " is too complex to search for; make it simpler or more specific");
        }

        private void check(String field) throws ParseException {
            if (!SearchFields.QUERYABLE.contains(field)) {
                throw new FieldProblem(field, "unknown field '" + field + "'; fields are "
                        + String.join(", ", SearchFields.QUERYABLE.stream().sorted().toList()));
            }
        }

        private void checkText(String field, String what) throws ParseException {
            check(field);
            if (SearchFields.NUMERIC.contains(field)) {
                throw new FieldProblem(field, what + " do not apply to the number field '" + field + "'; use a range like "
                        + field + ":[1 TO 5]");
            }
        }

        private int number(String field, String value) throws ParseException {
            try {
                return Integer.parseInt(value.strip());
            } catch (NumberFormatException e) {
                throw new FieldProblem(field, "'" + value + "' is not a whole number for field '" + field + "'");
            }
        }

        private long millis(String value) throws ParseException {
            String v = value.strip();
            if (v.chars().allMatch(Character::isDigit) && !v.isEmpty()) {
                try {
                    return Math.multiplyExact(Long.parseLong(v), 1000L);
                } catch (NumberFormatException | ArithmeticException e) {
                    throw new FieldProblem(SearchFields.TIME, "'" + value + "' seconds is too large a time");
                }
            }
            long millis = Timestamps.parseMillis(v);
            if (millis < 0) {
                throw new FieldProblem(SearchFields.TIME, "'" + value + "' is not a time; write h:mm:ss, mm:ss or seconds");
            }
            return millis;
        }

        /** Turns the parser's complaint into one line with a column. */
        QuerySyntaxException explain(ParseException wrapper) {
            Throwable cause = wrapper.getCause() != null ? wrapper.getCause() : wrapper;
            if (cause instanceof FieldProblem problem) {
                return new QuerySyntaxException(offset + columnOfField(problem.field), problem.getMessage());
            }
            if (cause instanceof Problem problem) {
                return new QuerySyntaxException(offset + problem.column, problem.getMessage());
            }
            if (cause instanceof ParseException parse && parse.currentToken != null && parse.currentToken.next != null) {
                Token next = parse.currentToken.next;
                if (next.kind == 0) {
                    return new QuerySyntaxException(offset + query.length() + 1,
                            "the query ends too early; is a quote, bracket or parenthesis left open, or an operator left without a term?");
                }
                // the parser counts columns from 0
                return new QuerySyntaxException(offset + next.beginColumn + 1, "did not expect '" + next.image + "' here");
            }
            String message = cause.getMessage() == null ? "" : cause.getMessage();
            Matcher column = LEXICAL_COLUMN.matcher(message);
            int at = column.find() ? Integer.parseInt(column.group(1)) : 1;
            return new QuerySyntaxException(offset + Math.min(Math.max(at, 1), query.length() + 1), lexicalProblem());
        }

        /** What most likely stopped the lexer: an open quote, a trailing backslash, or a ^ or ~ without a number. */
        private String lexicalProblem() {
            int quotes = 0;
            for (int i = 0; i < query.length(); i++) {
                if (query.charAt(i) == '\\') {
                    i++;
                } else if (query.charAt(i) == '"') {
                    quotes++;
                }
            }
            if (quotes % 2 == 1) {
                return "a quote is left open; close it with \"";
            }
            if (query.endsWith("\\")) {
                return "the query ends with a backslash; a backslash escapes the character after it";
            }
            return "cannot read the query here; ^ (boost) and ~ (fuzziness or proximity) take a number, and special "
                    + "characters need quotes or a backslash";
        }

        private int columnOfField(String field) {
            Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}_])" + Pattern.quote(field) + "\\s*:").matcher(query);
            if (m.find()) {
                return m.start() + 1;
            }
            int at = query.toLowerCase(Locale.ROOT).indexOf(field.toLowerCase(Locale.ROOT));
            return at < 0 ? 1 : at + 1;
        }
    }

    /** A problem found while building the query at a known column. */
    private static final class Problem extends ParseException {
        private static final long serialVersionUID = 1L;
        private final int column;

        Problem(int column, String message) {
            super(message);
            this.column = column;
        }
    }


    /** A problem with a field found while building the query, kept apart so that its column can be found. */
    private static final class FieldProblem extends ParseException {
        private static final long serialVersionUID = 1L;
        private final String field;

        FieldProblem(String field, String message) {
            super(message);
            this.field = field;
        }
    }
}
