package org.sameboat.corpus.search;

import java.util.Arrays;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * Matches a fixed set of documents of one reader, given by their global doc ids: the result of a coding join,
 * fed back into a normal search for counting, ranking and highlighting. Valid only for the searcher whose reader
 * the ids came from, so it never leaves {@link CorpusSearch} and is never cached.
 */
final class DocSetQuery extends Query {

    private final int[] docs;

    /** @param docs global doc ids, in any order */
    DocSetQuery(int[] docs) {
        this.docs = docs.clone();
        Arrays.sort(this.docs);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext context) {
                int maxDoc = context.reader().maxDoc();
                int from = lowerBound(context.docBase);
                int to = lowerBound(context.docBase + maxDoc);
                if (from == to) {
                    return null;
                }
                FixedBitSet bits = new FixedBitSet(maxDoc);
                for (int i = from; i < to; i++) {
                    bits.set(docs[i] - context.docBase);
                }
                return new DefaultScorerSupplier(new ConstantScoreScorer(score(), scoreMode, new BitSetIterator(bits, to - from)));
            }

            @Override
            public boolean isCacheable(LeafReaderContext context) {
                return false;
            }
        };
    }

    private int lowerBound(int doc) {
        int found = Arrays.binarySearch(docs, doc);
        if (found < 0) {
            return -found - 1;
        }
        while (found > 0 && docs[found - 1] == doc) {
            found--;
        }
        return found;
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return "DocSetQuery(" + docs.length + " docs)";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && Arrays.equals(docs, ((DocSetQuery) other).docs);
    }

    @Override
    public int hashCode() {
        return 31 * classHash() + Arrays.hashCode(docs);
    }
}
