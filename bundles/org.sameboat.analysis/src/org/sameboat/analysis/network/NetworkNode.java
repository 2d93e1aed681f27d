package org.sameboat.analysis.network;

/**
 * A participant in the network, or the group as a whole (role {@code group}), which turns addressed to everyone
 * point at.
 *
 * @param id a stable id for exports: the participant's model id, or {@code group}
 * @param name the pseudonym, or {@code group}
 * @param role {@code worker}, {@code member}, {@code other} or {@code group}
 * @param turns turns in scope this participant spoke
 * @param words words in those turns (runs of letters and digits, with inner apostrophes)
 * @param inDegree how many others addressed this node in at least one turn or coding
 * @param outDegree how many others this node addressed
 * @param weightedInDegree turns addressed to this node
 * @param weightedOutDegree turns this node addressed to another node (its turns, less those addressed to itself)
 * @param betweenness Brandes' betweenness among the participants (the group node takes no part and has 0)
 */
public record NetworkNode(String id, String name, String role, long turns, long words, int inDegree, int outDegree,
        long weightedInDegree, long weightedOutDegree, double betweenness) {

    /** The role of the node standing for the whole group. */
    public static final String GROUP_ROLE = "group";

    public boolean isGroup() {
        return GROUP_ROLE.equals(role);
    }
}
