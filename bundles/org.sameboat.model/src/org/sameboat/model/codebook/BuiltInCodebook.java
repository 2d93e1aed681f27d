package org.sameboat.model.codebook;

import org.sameboat.model.Code;
import org.sameboat.model.Codebook;
import org.sameboat.model.SameboatFactory;
import org.sameboat.model.codebook.MutualAidDynamics.Dynamic;
import org.sameboat.model.edit.Ids;

/** Builds the "Mutual aid dynamics" codebook that every new project starts from. */
public final class BuiltInCodebook {

    private BuiltInCodebook() {
    }

    /** A fresh copy with new ids; the project owns it and may edit it freely. */
    public static Codebook create() {
        SameboatFactory factory = SameboatFactory.eINSTANCE;
        Codebook codebook = Ids.assign(factory.createCodebook());
        codebook.setName(MutualAidDynamics.CODEBOOK_NAME);
        codebook.setDescription(MutualAidDynamics.CODEBOOK_DESCRIPTION);
        codebook.setBuiltIn(true);
        for (Dynamic dynamic : MutualAidDynamics.all()) {
            codebook.getCodes().add(code(factory, dynamic));
        }
        return codebook;
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
}
