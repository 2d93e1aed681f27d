package org.sameboat.interop.refi;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sameboat.model.Code;
import org.sameboat.model.CodeRole;
import org.sameboat.model.Codebook;
import org.w3c.dom.Element;

/**
 * REFI codes into Sameboat codebooks: the Sameboat note says which codebook each top-level code belonged to and
 * carries what REFI has no place for (rules, indicators, whom a code applies to); codes it does not name go into
 * one codebook named after the project.
 */
final class CodebookReader {

    private final RefiImportState state;

    CodebookReader(RefiImportState state) {
        this.state = state;
    }

    void readCodes(List<Element> top) {
        Map<String, Codebook> codebookOfTopCode = new HashMap<>();
        if (state.sameboat != null) {
            for (SameboatNote.CodebookData data : state.sameboat.codebooksOrEmpty()) {
                Codebook codebook = RefiImportState.F.createCodebook();
                codebook.setId(state.ids.noteId(data.id(), "codebook '" + data.name() + "'"));
                codebook.setName(data.name());
                codebook.setDescription(data.description());
                codebook.setBuiltIn(data.builtIn());
                state.project.getCodebooks().add(codebook);
                for (String codeId : data.topCodes() == null ? List.<String>of() : data.topCodes()) {
                    codebookOfTopCode.put(codeId, codebook);
                }
            }
        }
        Codebook fallback = null;
        for (Element element : top) {
            Code code = readCode(element);
            Codebook codebook = codebookOfTopCode.get(state.ids.original(code));
            if (codebook == null) {
                if (fallback == null) {
                    fallback = state.ids.fresh(RefiImportState.F.createCodebook());
                    fallback.setName(state.project.getName() + " codebook");
                    state.project.getCodebooks().add(fallback);
                }
                codebook = fallback;
            }
            codebook.getCodes().add(code);
        }
    }

    private Code readCode(Element element) {
        String name = Dom.attr(element, "name").orElse(null);
        Code code = state.ids.identify(RefiImportState.F.createCode(), element, "code '" + name + "'");
        if (name == null) {
            state.warnings.add("code " + code.getId() + " has no name; it is called '(unnamed)'");
            name = "(unnamed)";
        }
        code.setName(name);
        code.setApplicable(!"false".equals(Dom.attr(element, "isCodable").orElse("true")));
        Dom.attr(element, "color").ifPresent(colour -> {
            Optional<String> rgb = RefiValues.colour(colour);
            if (rgb.isPresent()) {
                code.setColour(rgb.get());
            } else {
                state.warnings.add("code '" + code.getName() + "' has colour '" + colour + "', which is not #RRGGBB; it was left out");
            }
        });
        Dom.childText(element, "Description").ifPresent(code::setDefinition);
        SameboatNote.CodeDetails details = state.sameboat == null ? null
                : state.sameboat.codeDetailsOrEmpty().get(state.ids.original(code));
        if (details != null) {
            applyDetails(code, details);
        }
        state.codes.put(code.getId(), code);
        state.noteRefs(element, code);
        for (Element child : Dom.children(element, "Code")) {
            code.getChildren().add(readCode(child));
        }
        return code;
    }

    private void applyDetails(Code code, SameboatNote.CodeDetails details) {
        code.setInclusion(details.inclusion());
        code.setExclusion(details.exclusion());
        code.setExample(details.example());
        if (details.indicators() != null) {
            code.getIndicators().addAll(details.indicators());
        }
        code.setSource(details.source());
        code.setShortcut(details.shortcut());
        if (details.appliesTo() != null) {
            CodeRole role = CodeRole.get(details.appliesTo());
            if (role == null) {
                state.warnings.add("code '" + code.getName() + "' applies to '" + RefiValues.printable(details.appliesTo())
                        + "', which is not any, member or worker; it applies to any turn");
            } else {
                code.setAppliesTo(role);
            }
        }
        // the ids of the codes a skill helps start, as this import names them; one naming no code is skipped
        // in Details, as after a merge
        for (String guid : details.startsOrEmpty()) {
            if (guid != null && !guid.isBlank()) {
                code.getStarts().add(state.ids.replacedOrSame(Guids.toId(guid)));
            }
        }
    }
}
