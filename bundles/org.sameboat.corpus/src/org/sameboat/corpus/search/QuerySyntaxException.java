package org.sameboat.corpus.search;

/** A query that cannot be read. The message is one line and names the column (from 1) where reading stopped. */
public final class QuerySyntaxException extends Exception {

    private static final long serialVersionUID = 1L;
    private final int column;

    public QuerySyntaxException(int column, String problem) {
        super("query column " + column + ": " + problem);
        this.column = column;
    }

    /** Where the problem is, counting characters of the query from 1. */
    public int column() {
        return column;
    }
}
