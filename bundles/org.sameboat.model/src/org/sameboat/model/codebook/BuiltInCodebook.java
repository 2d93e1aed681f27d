package org.sameboat.model.codebook;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.sameboat.model.Code;
import org.sameboat.model.CodeRole;
import org.sameboat.model.Codebook;
import org.sameboat.model.Project;
import org.sameboat.model.SameboatFactory;
import org.sameboat.model.SameboatPackage;
import org.sameboat.model.codebook.BorderRules.Rule;
import org.sameboat.model.codebook.BorderRules.SubCode;
import org.sameboat.model.codebook.MutualAidDynamics.Dynamic;
import org.sameboat.model.codebook.WorkerSkills.Skill;
import org.sameboat.model.edit.Ids;

/**
 * Builds the built-in codebooks every new project starts from: "Mutual aid dynamics" (the nine dynamics and the
 * obstacles, with their border rules and sub-codes) and "Worker skills". The same steps bring the codebooks of
 * projects written before format 2 up to date ({@link #complete(Project)}), so a new and a migrated project get
 * the same guidance.
 */
public final class BuiltInCodebook {

    private BuiltInCodebook() {
    }

    /** A fresh copy of the dynamics codebook with new ids; the project owns it and may edit it freely. */
    public static Codebook create() {
        SameboatFactory factory = SameboatFactory.eINSTANCE;
        Codebook codebook = Ids.assign(factory.createCodebook());
        codebook.setName(MutualAidDynamics.CODEBOOK_NAME);
        codebook.setDescription(MutualAidDynamics.CODEBOOK_DESCRIPTION);
        codebook.setBuiltIn(true);
        for (Dynamic dynamic : MutualAidDynamics.all()) {
            codebook.getCodes().add(code(factory, dynamic));
        }
        addGuidance(codebook);
        return codebook;
    }

    /**
     * A fresh copy of the worker-skills codebook; each skill's {@link Code#getStarts()} names the codes of
     * {@code dynamics} it helps set in motion (a dynamic missing from it, renamed or removed, is left out).
     */
    public static Codebook createSkills(Codebook dynamics) {
        SameboatFactory factory = SameboatFactory.eINSTANCE;
        Codebook codebook = Ids.assign(factory.createCodebook());
        codebook.setName(WorkerSkills.CODEBOOK_NAME);
        codebook.setDescription(WorkerSkills.CODEBOOK_DESCRIPTION);
        codebook.setBuiltIn(true);
        Map<String, Code> byKey = dynamicsByKey(dynamics);
        for (Skill skill : WorkerSkills.all()) {
            Code code = Ids.assign(factory.createCode());
            code.setName(skill.name());
            code.setDefinition(skill.definition());
            code.setInclusion(skill.inclusion());
            code.setExclusion(skill.exclusion());
            code.setSource(WorkerSkills.SOURCE);
            code.getIndicators().addAll(skill.indicators());
            code.setExample(skill.example());
            code.setColour(skill.colour());
            code.setApplicable(true);
            code.setAppliesTo(CodeRole.WORKER);
            for (String key : skill.starts()) {
                Code dynamic = byKey.get(key);
                if (dynamic != null) {
                    code.getStarts().add(dynamic.getId());
                }
            }
            codebook.getCodes().add(code);
        }
        return codebook;
    }

    /**
     * Brings a project's built-in codebooks up to today's: border rules where a dynamic's are empty, the role a
     * dynamic applies to where none is set, missing sub-codes, and the worker-skills codebook if the project has
     * none. Nothing is removed, renamed or moved, and no code changes id, so every coding stays where it was.
     * Codes are found by name: a dynamic the user renamed gets no new guidance.
     *
     * @return whether anything was added
     */
    public static boolean complete(Project project) {
        boolean changed = false;
        Optional<Codebook> dynamics = project.getCodebooks().stream()
                .filter(c -> c.isBuiltIn() && MutualAidDynamics.CODEBOOK_NAME.equals(c.getName())).findFirst();
        if (dynamics.isPresent()) {
            changed |= addGuidance(dynamics.get());
        }
        boolean hasSkills = project.getCodebooks().stream().anyMatch(c -> WorkerSkills.CODEBOOK_NAME.equals(c.getName()));
        if (!hasSkills) {
            project.getCodebooks().add(createSkills(dynamics.orElseGet(SameboatFactory.eINSTANCE::createCodebook)));
            changed = true;
        }
        return changed;
    }

    private static boolean addGuidance(Codebook codebook) {
        boolean changed = false;
        Map<String, Rule> rules = BorderRules.forDynamics();
        Map<String, Code> byName = new HashMap<>();
        for (Dynamic dynamic : MutualAidDynamics.all()) {
            Optional<Code> found = codebook.getCodes().stream().filter(c -> dynamic.name().equals(c.getName())).findFirst();
            if (found.isEmpty()) {
                continue;
            }
            Code code = found.get();
            byName.put(dynamic.name(), code);
            Rule rule = rules.get(dynamic.key());
            changed |= fill(code, rule.inclusion(), rule.exclusion());
            if (!dynamic.obstacle() && !code.eIsSet(SameboatPackage.Literals.CODE__APPLIES_TO)) {
                code.setAppliesTo(CodeRole.MEMBER);
                changed = true;
            }
        }
        SameboatFactory factory = SameboatFactory.eINSTANCE;
        for (SubCode sub : BorderRules.subCodes()) {
            Code parent = byName.get(sub.parent());
            if (parent == null) {
                continue;
            }
            Optional<Code> existing = parent.getChildren().stream().filter(c -> sub.name().equals(c.getName())).findFirst();
            if (existing.isPresent()) {
                byName.put(sub.name(), existing.get());
                changed |= fill(existing.get(), sub.inclusion(), sub.exclusion());
                continue;
            }
            Code code = Ids.assign(factory.createCode());
            code.setName(sub.name());
            code.setDefinition(sub.definition());
            code.setInclusion(sub.inclusion());
            code.setExclusion(sub.exclusion());
            code.setSource(MutualAidDynamics.SOURCE);
            code.getIndicators().addAll(sub.indicators());
            code.setExample(sub.example());
            code.setColour(sub.colour());
            code.setApplicable(true);
            code.setAppliesTo(sub.appliesTo());
            parent.getChildren().add(code);
            byName.put(sub.name(), code);
            changed = true;
        }
        return changed;
    }

    private static boolean fill(Code code, String inclusion, String exclusion) {
        boolean changed = false;
        if (isBlank(code.getInclusion())) {
            code.setInclusion(inclusion);
            changed = true;
        }
        if (isBlank(code.getExclusion())) {
            code.setExclusion(exclusion);
            changed = true;
        }
        return changed;
    }

    private static Map<String, Code> dynamicsByKey(Codebook dynamics) {
        Map<String, Code> byKey = new HashMap<>();
        for (Dynamic dynamic : MutualAidDynamics.all()) {
            dynamics.getCodes().stream().filter(c -> dynamic.name().equals(c.getName())).findFirst()
                    .ifPresent(code -> byKey.put(dynamic.key(), code));
        }
        return byKey;
    }

    private static Code code(SameboatFactory factory, Dynamic dynamic) {
        Code code = Ids.assign(factory.createCode());
        code.setName(dynamic.name());
        code.setDefinition(dynamic.definition());
        code.setSource(dynamic.source());
        code.getIndicators().addAll(dynamic.indicators());
        code.setExample(dynamic.example());
        code.setColour(dynamic.colour());
        code.setShortcut(dynamic.shortcut().isEmpty() ? null : dynamic.shortcut());
        code.setApplicable(true);
        return code;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
