package org.sameboat.ui.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

import org.sameboat.model.store.ProjectFormat;

/**
 * What the model file looked like on disk when the workbench last read or wrote it: a save by another program
 * replaces the file (a new inode, time and size), so any difference means it changed. Eclipse editors check
 * the same way when their window is activated.
 */
record DiskStamp(Object fileKey, long modifiedMillis, long size) {

    static final DiskStamp NONE = new DiskStamp(null, -1, -1);

    static DiskStamp of(Path folder) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(folder.resolve(ProjectFormat.MODEL_FILE), BasicFileAttributes.class);
            return new DiskStamp(attributes.fileKey(), attributes.lastModifiedTime().toMillis(), attributes.size());
        } catch (IOException e) {
            return NONE;
        }
    }
}
