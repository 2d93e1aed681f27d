package org.sameboat.corpus.search;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Where a project's index files are read and written. Always the index folder on disk in the application; a
 * test can hand over a view of that folder that refuses every write, which is what a read-only disk looks like
 * to Lucene, since tests may run as root, whom file permissions do not stop.
 */
@FunctionalInterface
public interface IndexStorage {

    /** The index folder on disk, as Lucene's default file directory. */
    IndexStorage FILES = FSDirectory::open;

    /** A Lucene directory over the (existing) index folder. */
    Directory open(Path indexFolder) throws IOException;
}
