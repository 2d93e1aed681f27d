package org.sameboat.model.edit;

import java.security.SecureRandom;
import java.util.UUID;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

import org.sameboat.model.Identified;

/** Stable identities: every identified element gets a random UUID once, when it is made. */
public final class Ids {

    /**
     * Ids must be unique, not secret, so they are drawn from a fast generator per thread (192 bits of state, seeded
     * from SecureRandom) rather than from {@link UUID#randomUUID()}'s one shared SecureRandom: an import of 800,000
     * turns spent 0.12 s drawing their ids on one thread that way, and more on two, which wait for each other.
     */
    private static final ThreadLocal<RandomGenerator> RANDOM = ThreadLocal.withInitial(() -> {
        byte[] seed = new byte[24];
        new SecureRandom().nextBytes(seed);
        return RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
    });

    /**
     * What an id from outside may look like to be kept: letters, digits and {@code _ . -}, starting with a letter or
     * digit. In the model file ids are XML IDs and references are lists of them separated by spaces, and a reference
     * starting with '/' or holding '@' is read as a path to an element, not as an id: an id with a space or shaped
     * like {@code //@codebooks.0} is saved but then resolves to nothing (or to the wrong element) on load.
     */
    private static final java.util.regex.Pattern USABLE = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,199}");

    private Ids() {
    }

    /** Whether an id from outside (an import, a hand-edited file) can be kept as a Sameboat id. */
    public static boolean isUsable(String id) {
        return id != null && USABLE.matcher(id).matches();
    }

    /** A new random (version 4) UUID in its canonical lower-case form. */
    public static String newId() {
        RandomGenerator random = RANDOM.get();
        long high = random.nextLong() & ~0xF000L | 0x4000L;
        long low = random.nextLong() & 0x3FFFFFFFFFFFFFFFL | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    /** Gives a freshly created element its identity and returns it. */
    public static <T extends Identified> T assign(T element) {
        element.setId(newId());
        return element;
    }
}
