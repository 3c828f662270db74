package ai.landscape.api;

import jakarta.enterprise.context.RequestScoped;

/** The snapshot the current request's body was read from, for the ETag and the response cache. */
@RequestScoped
public class RequestSnapshot {

    private Snapshot snapshot;

    void set(Snapshot snapshot) {
        this.snapshot = snapshot;
    }

    /** The snapshot, or null when the request read none (yet). */
    public Snapshot get() {
        return snapshot;
    }
}
