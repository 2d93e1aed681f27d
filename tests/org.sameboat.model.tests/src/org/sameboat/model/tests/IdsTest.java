package org.sameboat.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.sameboat.model.edit.Ids;

class IdsTest {

    @Test
    void idsDrawnOnSeveralThreadsAreDistinctVersionFourUuids() throws Exception {
        Set<String> ids = ConcurrentHashMap.newKeySet();
        int threads = 4;
        int each = 50_000;
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            Future<?>[] work = new Future<?>[threads];
            for (int t = 0; t < threads; t++) {
                work[t] = pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        ids.add(Ids.newId());
                    }
                });
            }
            for (Future<?> f : work) {
                f.get();
            }
        }
        assertEquals(threads * each, ids.size());
        for (String id : ids) {
            UUID uuid = UUID.fromString(id);
            assertEquals(4, uuid.version(), id);
            assertEquals(2, uuid.variant(), id);
            assertEquals(id, uuid.toString());
        }
    }
}
