package ai.landscape.database;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Stops the embedded PostgreSQL with the application (a test run restarts the application per profile). */
@ApplicationScoped
class EmbeddedServerShutdown {

    void stop(@Observes ShutdownEvent event) {
        EmbeddedServer.stop();
    }
}
