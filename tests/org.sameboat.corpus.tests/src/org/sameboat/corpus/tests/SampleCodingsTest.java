package org.sameboat.corpus.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sameboat.corpus.imports.ImportException;
import org.sameboat.corpus.imports.ImportFormat;
import org.sameboat.corpus.imports.ImportProgress;
import org.sameboat.corpus.imports.TranscriptImporter;
import org.sameboat.corpus.sample.SampleProject;
import org.sameboat.model.Code;
import org.sameboat.model.Codebook;
import org.sameboat.model.Coding;
import org.sameboat.model.Project;
import org.sameboat.model.SameboatFactory;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.edit.Ids;
import org.sameboat.model.edit.ProjectTemplate;

/** The sample's coding table names dynamics and skills by name; a name must name exactly one code. */
class SampleCodingsTest {

    private static final String HEADER = "document,coder,code,turn,quote\n";

    private static Project project() throws ImportException {
        Project project = ProjectTemplate.create("p");
        new TranscriptImporter(project).importSources(List.of(Sources.utf8("s1.txt",
                "#worker: Dana\n\nDana: Is it like that for others too?\nLee: Same here, every night.\n")), ImportFormat.TURNS,
                ImportProgress.SILENT);
        return project;
    }

    private static void apply(Project project, String rows) throws ImportException {
        SampleProject.applyCodings(project, (HEADER + rows).getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> codes(Project project) {
        return project.getDocuments().get(0).getCodings().stream().map(Coding::getCode).map(CodePaths::path).toList();
    }

    @Test
    void aSkillAndADynamicResolveByNameToTheirCodebooks() throws Exception {
        Project project = project();
        apply(project, "s1,alex,Reaching for links and common ground,1,\ns1,alex,All in the same boat,2,Same here\n");
        assertEquals(List.of("Reaching for links and common ground", "All in the same boat"), codes(project));
        Coding skill = project.getDocuments().get(0).getCodings().get(0);
        assertEquals("Worker skills", skill.getCode().getCodebook().getName());
        assertEquals(project.getDocuments().get(0).getTurns().get(0).getStart(), skill.getStart());
    }

    @Test
    void anUnknownCodeStopsTheTableNamingTheRow() throws Exception {
        Project project = project();
        ImportException e = assertThrows(ImportException.class, () -> apply(project, "s1,alex,Sharing data,2,\ns1,alex,Linking,1,\n"));
        assertTrue(e.getMessage().startsWith("codings.csv row ") && e.getMessage().contains(": no code 'Linking' in the codebooks"),
                e.getMessage());
    }

    @Test
    void aNameTwoCodesShareIsRefusedAndItsPathIsTaken() throws Exception {
        Project project = project();
        Codebook mine = Ids.assign(SameboatFactory.eINSTANCE.createCodebook());
        mine.setName("Mine");
        Code talk = Ids.assign(SameboatFactory.eINSTANCE.createCode());
        talk.setName("Talk");
        Code lecturing = Ids.assign(SameboatFactory.eINSTANCE.createCode());
        lecturing.setName("Lecturing");
        talk.getChildren().add(lecturing);
        mine.getCodes().add(talk);
        project.getCodebooks().add(mine);
        ImportException e = assertThrows(ImportException.class, () -> apply(project, "s1,alex,Lecturing,1,\n"));
        assertTrue(e.getMessage().startsWith("codings.csv row ") && e.getMessage().contains(": code 'Lecturing' names 2 codes (Obstacles"
                + " to mutual aid/Worker obstacles/Lecturing, Talk/Lecturing); write the code's path"), e.getMessage());
        assertEquals(List.of(), codes(project));
        apply(project, "s1,alex,Talk/Lecturing,1,\n");
        assertEquals(List.of(lecturing), project.getDocuments().get(0).getCodings().stream().map(Coding::getCode).toList());
    }
}
