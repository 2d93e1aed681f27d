package org.sameboat.cli.verbs;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;

import org.sameboat.cli.Arguments;
import org.sameboat.cli.CliException;
import org.sameboat.cli.Indexes;
import org.sameboat.cli.Console;
import org.sameboat.cli.Projects;
import org.sameboat.cli.Verb;
import org.sameboat.corpus.search.ProjectIndex;
import org.sameboat.model.Code;
import org.sameboat.model.Coder;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.Project;
import org.sameboat.model.address.Addressee;
import org.sameboat.model.address.Addressees;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.edit.Codings;
import org.sameboat.model.edit.Lookups;
import org.sameboat.model.text.DocumentText;

/** sameboat code DIR --doc D --from A --to B --code C --coder K: one coding. */
public final class CodeVerb implements Verb {

    @Override
    public String name() {
        return "code";
    }

    @Override
    public String synopsis() {
        return "DIR --doc DOCUMENT --from START --to END --code CODE --coder CODER [--memo TEXT] [--addressee NAME|group]";
    }

    @Override
    public String summary() {
        return "code characters START..END (code points, END exclusive) of a document; a new coder name adds that coder;"
                + " --addressee says whom the help is addressed to when it is not its turn's addressee";
    }

    @Override
    public Set<String> options() {
        return Set.of("doc", "from", "to", "code", "coder", "memo", "addressee");
    }

    @Override
    public int run(Arguments arguments, Console console) throws CliException {
        String folder = arguments.onlyFolder();
        int from = arguments.requiredInt("from");
        int to = arguments.requiredInt("to");
        try (Projects projects = new Projects()) {
            Project project = projects.edit(folder).project();
            String documentName = arguments.required("doc");
            Document document = Lookups.document(project, documentName).orElseThrow(() -> CliException.usage(
                    "no single document '" + documentName + "'; the documents are listed by: sameboat codings " + folder));
            String codeName = arguments.required("code");
            Code code = CodePaths.find(project, codeName).orElseThrow(() -> CliException.usage(
                    "no single code '" + codeName + "'; give its path, name or shortcut key as listed by: sameboat codebook " + folder));
            String coderName = arguments.required("coder");
            Optional<Addressee> addressee = Optional.empty();
            if (arguments.option("addressee").isPresent()) {
                String name = arguments.option("addressee").get();
                addressee = Optional.of(Addressees.named(project, name).orElseThrow(() -> CliException.usage("--addressee '" + name
                        + "' is neither 'group' nor one participant's name; the participants: " + String.join(", ",
                                project.getParticipants().stream().map(p -> String.valueOf(p.getPseudonym())).toList()))));
            }
            Optional<ProjectIndex> index = Indexes.openForChange(folder, project, console);
            boolean newCoder = Lookups.coder(project, coderName).isEmpty();
            Coder coder = Lookups.coderOrNew(project, coderName);
            try {
                Coding coding = Codings.add(document, code, coder, from, to, Clock.systemUTC());
                arguments.option("memo").ifPresent(coding::setMemo);
                if (addressee.isPresent()) {
                    Addressees.set(coding, addressee);
                }
                projects.save(project, folder);
                Indexes.update(index, i -> i.codingChanged(coding), console);
                index = Optional.empty();
                if (newCoder) {
                    console.err().println("added coder '" + coderName + "'");
                }
                String text = DocumentText.of(document.getText()).slice(from, to);
                console.out().println("coded " + from + "-" + to + " of '" + document.getName() + "' as '" + CodePaths.path(code)
                        + "' for " + coder.getName() + addressee.map(a -> ", addressed to " + a.label()).orElse("") + ": "
                        + Excerpts.shorten(text, 80));
                return 0;
            } catch (IllegalArgumentException e) {
                throw CliException.usage(e.getMessage() + "; nothing was changed");
            } finally {
                if (index.isPresent()) {
                    Indexes.close(index.get());
                }
            }
        }
    }
}
