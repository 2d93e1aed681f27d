package org.sameboat.views.widgets;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.sameboat.model.Coder;
import org.sameboat.ui.api.ProjectAccess;

/**
 * Whose codings a view counts: all coders the user may see, pooled, or one of them. A coder coding blind is offered,
 * and pooled over, their own codings alone, in every view alike.
 */
public final class CoderChoice {

    /** What "pooled" means while the coder at work codes blind. */
    public static final String BLIND_POOL = "My codings (coding blind)";
    /** What "pooled" means otherwise, unless a view names the pool itself. */
    public static final String POOL = "All coders (pooled)";

    private final ProjectAccess access;
    private final Combo combo;
    private final List<Coder> offered = new ArrayList<>();

    /** Whose codings are counted: one coder's, or all offered pooled; and how the status line says it. */
    public record Scope(Optional<Coder> coder, String words) {
    }

    public CoderChoice(Composite bar, String label, ProjectAccess access, Runnable chosen) {
        this.access = access;
        this.combo = Choices.combo(bar, label, chosen);
    }

    /** The combo: the pool first, then the coders. */
    public Combo combo() {
        return combo;
    }

    /** Offers the coders the user may see; keeps the one chosen where it is still offered. */
    public void refill() {
        refill(coders -> POOL, Optional.empty());
    }

    /**
     * Offers the coders the user may see, the pool named by {@code pool} (unless coding blind); keeps the one chosen
     * where it is still offered, else chooses {@code otherwise} if offered, else the pool.
     */
    public void refill(Function<List<Coder>, String> pool, Optional<Coder> otherwise) {
        String kept = combo.getText();
        offered.clear();
        if (access.project().isPresent()) {
            offered.addAll(access.visibleCoders());
        }
        Choices.refill(combo, access.isBlind() ? BLIND_POOL : pool.apply(List.copyOf(offered)),
                offered.stream().map(Coder::getName).toList(), kept);
        if (combo.indexOf(kept) < 0) {
            otherwise.filter(offered::contains).ifPresent(c -> combo.select(offered.indexOf(c) + 1));
        }
    }

    /** The coders offered, in order. */
    public List<Coder> offered() {
        return List.copyOf(offered);
    }

    /** The one coder chosen, or empty when the pool is. */
    public Optional<Coder> chosen() {
        int index = combo.getSelectionIndex();
        return index > 0 && index <= offered.size() ? Optional.of(offered.get(index - 1)) : Optional.empty();
    }

    /**
     * Whose codings to count: the coder chosen; pooled while coding blind, the coder at work's own; else all coders
     * pooled (coder empty).
     */
    public Scope scope() {
        Optional<Coder> one = chosen();
        if (one.isPresent()) {
            return new Scope(one, one.get().getName() + "'s codings");
        }
        if (access.isBlind()) {
            // pooled over what a blind coder may see: their own codings, in the figures and in the listings behind them
            Coder me = access.coderAtWork().orElseThrow();
            return new Scope(Optional.of(me), me.getName() + "'s codings (coding blind)");
        }
        return new Scope(Optional.empty(), "all coders pooled");
    }
}
