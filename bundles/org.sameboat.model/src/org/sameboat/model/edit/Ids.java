package org.sameboat.model.edit;

import java.util.UUID;

import org.sameboat.model.Identified;

/** Stable identities: every identified element gets a random UUID once, when it is made. */
public final class Ids {

    private Ids() {
    }

    /** A new random (version 4) UUID in its canonical lower-case form. */
    public static String newId() {
        return UUID.randomUUID().toString();
    }

    /** Gives a freshly created element its identity and returns it. */
    public static <T extends Identified> T assign(T element) {
        element.setId(newId());
        return element;
    }
}
