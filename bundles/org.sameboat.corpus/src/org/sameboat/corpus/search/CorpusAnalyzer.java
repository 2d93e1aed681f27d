package org.sameboat.corpus.search;

import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * How index and queries turn text into terms. Words: Unicode word boundaries (UAX #29), lower-cased, no stop
 * words, so that every word a user sees can be searched and phrase positions match the text. Names (speaker,
 * document, code, …): the whole value as one lower-cased term, so {@code code:"Mutual support"} matches exactly
 * that code. The index holds names as single terms already normalised by {@link #nameKey}, so that indexing them
 * runs no analysis; queries normalise them through the name analyzer, which gives the same term.
 */
public final class CorpusAnalyzer {

    private CorpusAnalyzer() {
    }

    /** A new analyzer for a writer or parser; analyzers hold per-thread state, so each owner gets its own. */
    public static Analyzer create() {
        Analyzer names = new NameAnalyzer();
        return new PerFieldAnalyzerWrapper(words(), Map.of(SearchFields.SPEAKER, names, SearchFields.ROLE, names,
                SearchFields.DOC, names, SearchFields.GROUP, names, SearchFields.STAGE, names, SearchFields.CODE, names,
                SearchFields.CODER, names, SearchFields.TO, names));
    }

    /**
     * The analyzer for words alone: the one index writers use (names reach the index as {@link #nameKey} terms);
     * benchmarks compare against a bare IndexWriter with it.
     */
    public static Analyzer words() {
        return new WordAnalyzer();
    }

    /**
     * What {@code new StandardAnalyzer(CharArraySet.EMPTY_SET)} does, the same terms at the same positions,
     * without running every word through a stop filter that has no stop words.
     */
    private static final class WordAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer tokenizer = new StandardTokenizer();
            return new TokenStreamComponents(tokenizer, new LowerCaseFilter(tokenizer));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new LowerCaseFilter(in);
        }
    }

    /** A name as the name analyzer turns it into a term: whole, lower-cased code point by code point. */
    public static String nameKey(String name) {
        StringBuilder key = null;
        for (int i = 0; i < name.length();) {
            int c = name.codePointAt(i);
            int lower = Character.toLowerCase(c);
            if (lower != c && key == null) {
                key = new StringBuilder(name.length()).append(name, 0, i);
            }
            if (key != null) {
                key.appendCodePoint(lower);
            }
            i += Character.charCount(c);
        }
        return key == null ? name : key.toString();
    }

    private static final class NameAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new KeywordTokenizer();
            return new TokenStreamComponents(tokenizer, new LowerCaseFilter(tokenizer));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new LowerCaseFilter(in);
        }
    }
}
