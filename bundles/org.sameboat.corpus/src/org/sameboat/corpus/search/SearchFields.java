package org.sameboat.corpus.search;

import java.util.Set;

/**
 * Names of the fields in a project index. The ones users type in queries are listed in {@link #QUERYABLE};
 * the others hold what a hit needs to be shown and mapped back to the model.
 */
public final class SearchFields {

    /** Words of a turn or excerpt, indexed with positions and offsets; not stored (hits take their text from the model). */
    public static final String TEXT = "text";
    public static final String SPEAKER = "speaker";
    public static final String ROLE = "role";
    public static final String DOC = "doc";
    public static final String GROUP = "group";
    public static final String SESSION = "session";
    public static final String STAGE = "stage";
    /** Turn number within its document, from 1. */
    public static final String TURN = "turn";
    /** Start of the turn in milliseconds from the start of the recording. */
    public static final String TIME = "time";
    /** Names and paths of an excerpt's code and of all its ancestors. */
    public static final String CODE = "code";
    public static final String CODER = "coder";
    /**
     * Whom a turn is addressed to (a participant's pseudonym or {@code group}), as set by a coder or inferred; on an
     * excerpt, its coding's addressee, else its turn's.
     */
    public static final String TO = "to";

    /** Fields a query may name. */
    public static final Set<String> QUERYABLE = Set.of(TEXT, SPEAKER, ROLE, DOC, GROUP, SESSION, STAGE, TURN, TIME, CODE, CODER, TO);
    /** Queryable fields holding numbers (doc values), searched by value and range. */
    public static final Set<String> NUMERIC = Set.of(SESSION, TURN, TIME);

    /** Model id of the coding an excerpt stands for; stored, not searched (turns are found by document and number). */
    static final String ID = "id";
    /** Model id of a coding, indexed on its excerpt alone: the key for updating or deleting it. */
    static final String EXCERPT_KEY = "excerptid";
    /** {@link #KIND_EXCERPT} on excerpts; turns have no kind. */
    static final String KIND = "kind";
    static final String KIND_EXCERPT = "excerpt";
    /** Model id of the document; deleting by it drops a whole document. */
    static final String DOC_ID = "docid";
    /** Display values, kept as doc values for counting and for showing hits. */
    static final String DOC_NAME = "docname";
    static final String SPEAKER_NAME = "speakername";
    static final String CODE_PATH = "codepath";
    static final String CODER_NAME = "codername";
    /** Code-point range of an excerpt in the document text, stored. */
    static final String START = "start";
    static final String END = "end";
    /** What the coding joins read of an excerpt's range, as doc values. */
    static final String JOIN_START = "joinstart";
    static final String JOIN_END = "joinend";

    private SearchFields() {
    }
}
