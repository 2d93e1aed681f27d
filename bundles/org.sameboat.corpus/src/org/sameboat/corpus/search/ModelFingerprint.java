package org.sameboat.corpus.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.Map;

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
    static final String SCHEMA = "sameboat-index-8";

    private ModelFingerprint() {
    }

    public static String of(Project project) {
        Digest digest = new Digest();
        digest.put(SCHEMA);
        for (Code code : CodePaths.allCodes(project)) {
            digest.put(code.getId(), CodePaths.path(code));
        }
        project.getCoders().forEach(c -> digest.put(c.getId(), c.getName()));
        // a turn's speaker enters as the participant's place in this list, which is hashed: shorter than its id
        Map<Participant, Integer> speakers = new IdentityHashMap<>();
        for (Participant p : project.getParticipants()) {
            digest.put(p.getId(), p.getPseudonym(), String.valueOf(p.getRole()));
            speakers.putIfAbsent(p, speakers.size());
        }
        for (Document d : project.getDocuments()) {
            digest.put(d.getId(), d.getContentHash(), d.getName(), String.valueOf(d.getText() != null),
                    d.getGroup() == null ? "" : d.getGroup().getName(), String.valueOf(d.getSession()), String.valueOf(d.getStage()));
            for (Turn t : d.getTurns()) {
                digest.put(t.getId());
                // a speaker outside the participant list (the validator reports it) still enters by its id
                Integer speaker = t.getSpeaker() == null ? Integer.valueOf(-1) : speakers.get(t.getSpeaker());
                if (speaker == null) {
                    digest.put(t.getSpeaker().getId());
                }
                digest.numbers(t.getStart(), t.getEnd(), t.getTime());
                digest.numbers(speaker == null ? -2 : speaker, addressee(t.getAddressee(), t.isAddressedToGroup(), speakers), null);
            }
            for (Coding c : d.getCodings()) {
                digest.put(c.getId(), c.getCode() == null ? "" : c.getCode().getId(), c.getCoder() == null ? "" : c.getCoder().getId());
                digest.numbers(c.getStart(), c.getEnd(), addressee(c.getAddressee(), c.isAddressedToGroup(), speakers));
            }
        }
        return HexFormat.of().formatHex(digest.finish());
    }

    /** An addressee a coder set, as a number: 0 none, 1 the group, 2 + the participant's place (-3 one outside the list). */
    private static long addressee(Participant participant, boolean group, Map<Participant, Integer> places) {
        if (participant != null) {
            Integer place = places.get(participant);
            return place == null ? -3 : 2L + place;
        }
        return group ? 1 : 0;
    }

    /**
     * SHA-256 fed through a buffer: a model has hundreds of thousands of turns, and a call into the digest per
     * value cost more than the hashing. Strings go in as their UTF-8 length and bytes, numbers as 8 bytes each.
     */
    private static final class Digest {
        private final MessageDigest sha = sha256();
        private final byte[] buffer = new byte[1 << 16];
        private int used;

        void put(String... values) {
            for (String value : values) {
                string(String.valueOf(value));
            }
        }

        private void string(String value) {
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            room(Integer.BYTES + bytes.length);
            writeInt(bytes.length);
            if (bytes.length <= buffer.length - used) {
                System.arraycopy(bytes, 0, buffer, used, bytes.length);
                used += bytes.length;
            } else {
                flush();
                sha.update(bytes);
            }
        }

        /** Two numbers and an optional third. */
        void numbers(long first, long second, Long third) {
            room(3 * Long.BYTES + 1);
            writeLong(first);
            writeLong(second);
            writeLong(third == null ? 0 : third);
            buffer[used++] = (byte) (third == null ? 0 : 1);
        }

        byte[] finish() {
            flush();
            return sha.digest();
        }

        private void room(int bytes) {
            if (used + bytes > buffer.length) {
                flush();
            }
        }

        private void flush() {
            sha.update(buffer, 0, used);
            used = 0;
        }

        private void writeInt(int value) {
            for (int shift = 24; shift >= 0; shift -= 8) {
                buffer[used++] = (byte) (value >>> shift);
            }
        }

        private void writeLong(long value) {
            for (int shift = 56; shift >= 0; shift -= 8) {
                buffer[used++] = (byte) (value >>> shift);
            }
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
