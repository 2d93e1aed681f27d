package org.sameboat.model.address;

/**
 * A turn's addressee and where it comes from.
 *
 * @param to whom the turn is addressed
 * @param set whether a coder set it (true) or the rule of {@link AddresseeRule} inferred it (false)
 */
public record Addressing(Addressee to, boolean set) {
}
