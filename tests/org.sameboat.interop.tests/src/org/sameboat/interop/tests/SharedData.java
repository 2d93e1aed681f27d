package org.sameboat.interop.tests;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real REFI exports in the project's shared test data beside the checkout, for the tests tagged
 * {@code shared-data} only: {@code ./mvnw -Pshared-data verify} passes the folder in; the default build neither
 * sets nor needs it, and those files (licence unconfirmed, or GPL) never enter the repository.
 */
final class SharedData {

    private SharedData() {
    }

    static Path refi(String name) {
        String folder = System.getProperty("sameboat.shared.data");
        if (folder == null || !Files.isDirectory(Path.of(folder))) {
            throw new IllegalStateException("no shared test data folder (" + folder + "); run the shared-data suite with ./mvnw -Pshared-data");
        }
        return Path.of(folder, "refi-qda", name);
    }
}
