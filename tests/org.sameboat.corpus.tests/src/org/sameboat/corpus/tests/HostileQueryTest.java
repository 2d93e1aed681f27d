package org.sameboat.corpus.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sameboat.corpus.sample.SampleProject;
import org.sameboat.corpus.search.CorpusSearch;
import org.sameboat.corpus.search.ProjectIndex;
import org.sameboat.corpus.search.QuerySyntaxException;
import org.sameboat.corpus.search.SearchTarget;
import org.sameboat.model.Project;

/** Queries built to break the parser or the search answer, or fail with one line naming a column. */
class HostileQueryTest {

    @TempDir
    Path folder;
    private ProjectIndex index;
    private CorpusSearch search;

    @BeforeEach
    void openSample() throws Exception {
        Project project = SampleProject.create(folder);
        index = ProjectIndex.open(folder, project);
        search = new CorpusSearch(index);
    }

    @AfterEach
    void close() throws Exception {
        index.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"session:{2147483647 TO *]", "session:[* TO -2147483648}", "turn:{2147483647 TO 5]",
            "turn:[5 TO 2}", "session:{3 TO 3}", "time:{99999999999999 TO *]", "time:[* TO 0}"})
    void rangesAtTheEdgesOfTheNumberLineOrEmptyAnswerNoHits(String query) throws Exception {
        assertEquals(0, search.search(query, SearchTarget.TURNS, 10).total());
    }

    @Test
    void rangesStillCountTheirEndsAsAsked() throws Exception {
        long inclusive = search.search("session:[1 TO 2]", SearchTarget.TURNS, 0).total();
        long exclusive = search.search("session:{0 TO 3}", SearchTarget.TURNS, 0).total();
        assertTrue(inclusive > 0);
        assertEquals(inclusive, exclusive);
    }

    @Test
    void aTimeTooLargeToCountIsAOneLineError() {
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class,
                () -> search.search("time:[99999999999999999999 TO *]", SearchTarget.TURNS, 10));
        assertOneLine(e);
    }

    @Test
    void aRegularExpressionTooComplexToSearchIsAOneLineErrorAtItsColumn() {
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class,
                () -> search.search("alone /[ab]*a[ab]{25}/", SearchTarget.TURNS, 10));
        assertEquals(7, e.column());
        assertTrue(e.getMessage().contains("too complex"), e.getMessage());
        assertOneLine(e);
    }

    @ParameterizedTest
    @ValueSource(strings = {"code:A WITHIN x TURNS OF code:B", "code:A WITHIN TURNS OF code:B", "code:A FOLLOWED code:B",
            "code:A FOLLOWED WITHIN two TURNS BY code:B"})
    void aRelationWithoutItsNumberOrItsLastWordIsRefusedAtItsColumn(String query) {
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> search.search(query, SearchTarget.AUTO, 10));
        assertEquals(8, e.column());
        assertOneLine(e);
    }

    @Test
    void lowerCaseWithinIsStillAWord() throws Exception {
        search.search("within turns", SearchTarget.TURNS, 10);
    }

    /**
     * Random queries from the language's own tokens: each answers or fails with our one-line exception, never with
     * another one. The seed is fixed so that a failure can be repeated. The too-complex expression is tested on its
     * own above: each of its appearances here would cost a determinization up to Lucene's limit.
     */
    @Test
    void randomQueriesFromTheLanguagesTokensAnswerOrFailWithOneLine() throws Exception {
        List<String> tokens = List.of("alone", "care*", "?are", "\"all in\"", "\"same boat\"~3", "alone~", "alone~1", "mum^2",
                "text:", "speaker:", "role:", "session:", "turn:", "time:", "code:", "coder:", "document:", "nofield:", "[", "]",
                "{", "}", " TO ", "*", "1", "2147483647", "-2147483648", "99999999999999999999", "0:05:00", "x", "(", ")", "\"",
                " AND ", " OR ", " NOT ", "+", "-", "!", "&&", "||", " OVERLAPS ", " WITHIN ", " 2 ", " TURNS ", " OF ", " FOLLOWED ",
                " BY ", "/al.*/", "/(/", "\\", ":", "^", "~", " ", "  ", "é", "\t", "Dana", "worker",
                "\"Mutual support\"");
        Random random = new Random(12);
        int answered = 0;
        int refused = 0;
        for (int round = 0; round < 3000; round++) {
            StringBuilder query = new StringBuilder();
            int length = 1 + random.nextInt(8);
            for (int i = 0; i < length; i++) {
                query.append(tokens.get(random.nextInt(tokens.size())));
            }
            try {
                search.search(query.toString(), SearchTarget.AUTO, 5);
                answered++;
            } catch (QuerySyntaxException e) {
                assertOneLine(e);
                refused++;
            } catch (RuntimeException e) {
                throw new AssertionError("query <" + query + "> failed with " + e, e);
            }
        }
        assertTrue(answered > 100 && refused > 100, answered + " answered, " + refused + " refused");
    }

    private static void assertOneLine(Exception e) {
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertTrue(e.getMessage().startsWith("query column "), e.getMessage());
    }
}
