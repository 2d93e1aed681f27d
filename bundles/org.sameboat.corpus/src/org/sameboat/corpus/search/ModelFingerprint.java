package org.sameboat.corpus.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.sameboat.model.Code;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.Participant;
import org.sameboat.model.Project;
import org.sameboat.model.Turn;
import org.sameboat.model.codebook.CodePaths;

/**
 * A digest of everything in a model that the index is built from: documents (id, text hash, name, group,
 * session, stage), turns, speakers, codings, code names and paths, coder names. The index stores the
 * fingerprint of the model it reflects in its commit; a different fingerprint on open means the index is stale.
 * Texts enter through their content hash, so the digest costs time in proportion to the model, not the corpus.
 */
public final class ModelFingerprint {

    /** Changes whenever the index layout changes, so that old indexes are rebuilt. */
    static final String SCHEMA = "sameboat-index-4";

    private ModelFingerprint() {
    }

    public static String of(Project project) {
        MessageDigest digest = sha256();
        put(digest, SCHEMA);
        for (Code code : CodePaths.allCodes(project)) {
            put(digest, code.getId(), CodePaths.path(code));
        }
        project.getCoders().forEach(c -> put(digest, c.getId(), c.getName()));
        for (Participant p : project.getParticipants()) {
            put(digest, p.getId(), p.getPseudonym(), String.valueOf(p.getRole()));
        }
        for (Document d : project.getDocuments()) {
            put(digest, d.getId(), d.getContentHash(), d.getName(), String.valueOf(d.getText() != null),
                    d.getGroup() == null ? "" : d.getGroup().getName(), String.valueOf(d.getSession()), String.valueOf(d.getStage()));
            // turns are most of a model: their numbers go in as bytes, not as strings
            byte[] numbers = new byte[3 * Long.BYTES + 1];
            for (Turn t : d.getTurns()) {
                put(digest, t.getId(), t.getSpeaker() == null ? "" : t.getSpeaker().getId());
                putNumbers(digest, numbers, t.getStart(), t.getEnd(), t.getTime());
            }
            for (Coding c : d.getCodings()) {
                put(digest, c.getId(), c.getCode() == null ? "" : c.getCode().getId(), c.getCoder() == null ? "" : c.getCoder().getId());
                putNumbers(digest, numbers, c.getStart(), c.getEnd(), null);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void put(MessageDigest digest, String... values) {
        for (String value : values) {
            byte[] bytes = String.valueOf(value).getBytes(StandardCharsets.UTF_8);
            digest.update((byte) (bytes.length >>> 24));
            digest.update((byte) (bytes.length >>> 16));
            digest.update((byte) (bytes.length >>> 8));
            digest.update((byte) bytes.length);
            digest.update(bytes);
        }
    }

    /** Two numbers and an optional third, in a buffer reused across calls. */
    private static void putNumbers(MessageDigest digest, byte[] buffer, long first, long second, Long third) {
        writeLong(buffer, 0, first);
        writeLong(buffer, Long.BYTES, second);
        writeLong(buffer, 2 * Long.BYTES, third == null ? 0 : third);
        buffer[3 * Long.BYTES] = (byte) (third == null ? 0 : 1);
        digest.update(buffer);
    }

    private static void writeLong(byte[] buffer, int at, long value) {
        for (int i = 0; i < Long.BYTES; i++) {
            buffer[at + i] = (byte) (value >>> (56 - 8 * i));
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM lacks SHA-256", e);
        }
    }
}
