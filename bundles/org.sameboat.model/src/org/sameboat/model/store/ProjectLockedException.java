package org.sameboat.model.store;

import java.util.Optional;

/** Another writer holds a project's write lock; the message names it and says what to do. */
public final class ProjectLockedException extends Exception {

    private static final long serialVersionUID = 1L;
    private final transient LockOwner owner;

    public ProjectLockedException(String message, Optional<LockOwner> owner) {
        super(message);
        this.owner = owner.orElse(null);
    }

    /** The holder, when it could be read from the lock file. */
    public Optional<LockOwner> owner() {
        return Optional.ofNullable(owner);
    }
}
