package org.sameboat.interop.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.sameboat.model.Case;
import org.sameboat.model.Code;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.Group;
import org.sameboat.model.Memo;
import org.sameboat.model.Participant;
import org.sameboat.model.Project;
import org.sameboat.model.SpeakerRole;
import org.sameboat.model.Turn;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.text.TextHash;

/**
 * Makes a copy of a project for sharing in which speakers are known only by stable pseudonyms: "Worker 1",
 * "Member 1", "Member 2", "Speaker 1" (role unknown), numbered per role in order of first appearance (documents
 * in project order, turns in text order). The same project always gives the same pseudonyms.
 * <p>
 * Speakers' names are replaced wherever they stand as whole words: in participant records, in the texts (the
 * speaker labels and names said in passing), in memos, and in the prose around them (code definitions and
 * examples, case and group descriptions, document names). Replacing a name changes the length of the text, so
 * turns and codings are moved to the same words in the new text; a range that began or ended inside a replaced
 * name now covers the whole pseudonym. The original project is not touched.
 */
public final class Pseudonymiser {

    private final Project original;

    public Pseudonymiser(Project original) {
        this.original = original;
    }

    /** The pseudonym of every participant, by participant id, in the order they were given. */
    public Map<String, String> pseudonyms() {
        Map<String, String> names = new LinkedHashMap<>();
        Map<SpeakerRole, Integer> counters = new HashMap<>();
        List<Participant> order = new ArrayList<>();
        for (Document document : original.getDocuments()) {
            for (Turn turn : document.getTurns()) {
                if (turn.getSpeaker() != null && !order.contains(turn.getSpeaker())) {
                    order.add(turn.getSpeaker());
                }
            }
        }
        original.getParticipants().stream().filter(p -> !order.contains(p)).forEach(order::add);
        for (Participant participant : order) {
            SpeakerRole role = participant.getRole() == null ? SpeakerRole.OTHER : participant.getRole();
            int n = counters.merge(role, 1, Integer::sum);
            String label = switch (role) {
                case WORKER -> "Worker";
                case MEMBER -> "Member";
                case OTHER -> "Speaker";
            };
            names.put(participant.getId(), label + " " + n);
        }
        return names;
    }

    /** A pseudonymised copy; texts are copied too, so the copy can be exported on its own. */
    public Project copy() {
        Map<String, String> pseudonyms = pseudonyms();
        Map<String, String> replacements = new LinkedHashMap<>();
        for (Participant participant : original.getParticipants()) {
            String name = participant.getPseudonym();
            if (name != null && !name.isBlank()) {
                replacements.putIfAbsent(name.strip(), pseudonyms.get(participant.getId()));
            }
        }
        Pattern names = pattern(replacements);
        Project copy = EcoreUtil.copy(original);
        for (int i = 0; i < copy.getParticipants().size(); i++) {
            Participant participant = copy.getParticipants().get(i);
            participant.setPseudonym(pseudonyms.get(participant.getId()));
        }
        for (int i = 0; i < copy.getDocuments().size(); i++) {
            Document document = copy.getDocuments().get(i);
            String text = original.getDocuments().get(i).getText();
            document.setText(text);
            if (text != null && names != null) {
                rewrite(document, text, names, replacements);
            }
            for (Coding coding : document.getCodings()) {
                coding.setMemo(replace(coding.getMemo(), names, replacements));
            }
        }
        for (Memo memo : copy.getMemos()) {
            memo.setTitle(replace(memo.getTitle(), names, replacements));
            memo.setText(replace(memo.getText(), names, replacements));
        }
        prose(copy, names, replacements);
        return copy;
    }

    /**
     * Free text around the transcripts can quote or name speakers too: a codebook example, a case description,
     * a document called after its interviewee.
     */
    private static void prose(Project copy, Pattern names, Map<String, String> replacements) {
        copy.setDescription(replace(copy.getDescription(), names, replacements));
        for (Code code : CodePaths.allCodes(copy)) {
            code.setDefinition(replace(code.getDefinition(), names, replacements));
            code.setInclusion(replace(code.getInclusion(), names, replacements));
            code.setExclusion(replace(code.getExclusion(), names, replacements));
            code.setExample(replace(code.getExample(), names, replacements));
            code.getIndicators().replaceAll(indicator -> replace(indicator, names, replacements));
        }
        for (Document document : copy.getDocuments()) {
            document.setName(replace(document.getName(), names, replacements));
            document.setSourceName(replace(document.getSourceName(), names, replacements));
        }
        for (Case c : copy.getCases()) {
            c.setName(replace(c.getName(), names, replacements));
            c.setDescription(replace(c.getDescription(), names, replacements));
        }
        for (Group group : copy.getGroups()) {
            group.setDescription(replace(group.getDescription(), names, replacements));
        }
    }

    /** Whole-word matches of any name, longest first so that "Anna" is not read as "Ann" plus "a". */
    private static Pattern pattern(Map<String, String> replacements) {
        if (replacements.isEmpty()) {
            return null;
        }
        String alternatives = replacements.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|"));
        return Pattern.compile("(?<![\\p{L}\\p{N}_])(?:" + alternatives + ")(?![\\p{L}\\p{N}_])");
    }

    private static String replace(String text, Pattern names, Map<String, String> replacements) {
        if (text == null || names == null) {
            return text;
        }
        return names.matcher(text).replaceAll(m -> Matcher.quoteReplacement(replacements.get(m.group())));
    }

    /** One replaced name, in code points of the old and the new text. */
    private record Replaced(int oldStart, int oldEnd, int newStart, int newEnd) {
    }

    private static void rewrite(Document document, String text, Pattern names, Map<String, String> replacements) {
        StringBuilder out = new StringBuilder(text.length());
        List<Replaced> replaced = new ArrayList<>();
        Matcher matcher = names.matcher(text);
        int copiedTo = 0;
        int oldCp = 0;
        int newCp = 0;
        while (matcher.find()) {
            String between = text.substring(copiedTo, matcher.start());
            int betweenCp = between.codePointCount(0, between.length());
            out.append(between);
            oldCp += betweenCp;
            newCp += betweenCp;
            String name = matcher.group();
            String pseudonym = replacements.get(name);
            int nameCp = name.codePointCount(0, name.length());
            int pseudonymCp = pseudonym.codePointCount(0, pseudonym.length());
            replaced.add(new Replaced(oldCp, oldCp + nameCp, newCp, newCp + pseudonymCp));
            out.append(pseudonym);
            oldCp += nameCp;
            newCp += pseudonymCp;
            copiedTo = matcher.end();
        }
        if (replaced.isEmpty()) {
            return;
        }
        out.append(text.substring(copiedTo));
        String newText = out.toString();
        document.setText(newText);
        document.setContentHash(TextHash.of(newText));
        for (Turn turn : document.getTurns()) {
            int start = map(turn.getStart(), replaced, false);
            int end = map(turn.getEnd(), replaced, true);
            turn.setStart(start);
            turn.setEnd(Math.max(start, end));
        }
        for (Coding coding : document.getCodings()) {
            coding.setStart(map(coding.getStart(), replaced, false));
            coding.setEnd(map(coding.getEnd(), replaced, true));
        }
    }

    /** Where an old offset lies in the new text; inside a replaced name, a start moves to its start, an end to its end. */
    private static int map(int offset, List<Replaced> replaced, boolean isEnd) {
        // the last replacement that starts before the offset decides: binary search, as long texts name speakers often
        int low = 0;
        int high = replaced.size() - 1;
        int last = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (replaced.get(mid).oldStart() < offset) {
                last = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        if (last < 0) {
            return offset;
        }
        Replaced r = replaced.get(last);
        if (offset < r.oldEnd()) {
            return isEnd ? r.newEnd() : r.newStart();
        }
        return offset + r.newEnd() - r.oldEnd();
    }
}
