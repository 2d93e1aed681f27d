package org.sameboat.corpus.search;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.AbstractCommand;
import org.sameboat.model.Code;
import org.sameboat.model.Coder;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.edit.Codings;

/**
 * Applies one code to a planned set of ranges as a single undoable step. It is an EMF command, so a workbench
 * puts it on its command stack; the command line executes it once. Ranges that the coder already coded with
 * this code are skipped and counted. After execute, undo or redo the caller re-indexes {@link #documents()}.
 */
public final class AutoCodeCommand extends AbstractCommand {

    /** A range of one document to code. */
    public record Target(Document document, TextRange range) {
    }

    private final List<Target> targets;
    private final Code code;
    private final Coder coder;
    private final Clock clock;
    private final List<Coding> added = new ArrayList<>();
    /** The document of each added coding, by position; a removed coding no longer knows its document. */
    private final List<Document> addedTo = new ArrayList<>();
    private int skipped;

    AutoCodeCommand(List<Target> targets, Code code, Coder coder, Clock clock) {
        super("Auto-code as " + code.getName());
        this.targets = List.copyOf(targets);
        this.code = code;
        this.coder = coder;
        this.clock = clock;
    }

    @Override
    protected boolean prepare() {
        return code.isApplicable();
    }

    @Override
    public void execute() {
        for (Target target : targets) {
            if (alreadyCoded(target)) {
                skipped++;
            } else {
                added.add(Codings.add(target.document(), code, coder, target.range().start(), target.range().end(), clock));
                addedTo.add(target.document());
            }
        }
    }

    @Override
    public void undo() {
        for (int i = added.size() - 1; i >= 0; i--) {
            addedTo.get(i).getCodings().remove(added.get(i));
        }
    }

    @Override
    public void redo() {
        // the same coding objects go back, so their ids stay what they were before the undo
        for (int i = 0; i < added.size(); i++) {
            addedTo.get(i).getCodings().add(added.get(i));
        }
    }

    private boolean alreadyCoded(Target target) {
        for (Coding existing : target.document().getCodings()) {
            if (existing.getStart() == target.range().start() && existing.getEnd() == target.range().end()
                    && existing.getCode() == code && existing.getCoder() == coder) {
                return true;
            }
        }
        return false;
    }

    /** Codings this command made (present after execute and redo, absent after undo). */
    public List<Coding> added() {
        return List.copyOf(added);
    }

    /** Ranges left alone because the coder had already coded them with this code. */
    public int skipped() {
        return skipped;
    }

    /** Documents whose codings this command changes. */
    public Set<Document> documents() {
        Set<Document> documents = new LinkedHashSet<>();
        targets.forEach(t -> documents.add(t.document()));
        return documents;
    }
}
