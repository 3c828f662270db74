package ai.landscape.api;

import ai.landscape.common.UncheckedIo;
import io.quarkus.resteasy.reactive.server.Closer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.Transaction;
import jakarta.transaction.TransactionManager;
import java.io.OutputStream;
import java.util.function.Function;

/**
 * Streamed bodies (CSV and NDJSON lists, the export) read from one snapshot, the one their ETag names. The headers,
 * ETag included, are sent before the body is written, and a writer cannot change them: so the read transaction is
 * begun when the response is made, its snapshot read (the ETag comes from it), then suspended; the writer resumes
 * that same transaction to stream the rows. A request that ends without writing the body (HEAD, an error) rolls it
 * back at its end.
 */
@ApplicationScoped
public class StreamedBodies {

    /** Long enough for the largest export; the transaction manager's default is a minute. */
    private static final int TIMEOUT_SECONDS = 600;

    /** A body to stream and the suspended read transaction it is streamed from. */
    public record Held(Streamed body, Transaction transaction) {}

    @Inject
    TransactionManager transactions;

    @Inject
    Snapshots snapshots;

    @Inject
    EntityManager em;

    @Inject
    Closer closer;

    /**
     * Begins the read transaction of a streamed body and reads its snapshot; {@code make} checks what must hold before
     * the headers go (a parent that must exist) and makes the body, within that transaction.
     */
    public Held hold(Function<Snapshot, Streamed> make) {
        try {
            transactions.setTransactionTimeout(TIMEOUT_SECONDS);
            transactions.begin();
            transactions.setTransactionTimeout(0);
            // its rows may take as long as the transaction: the connections' statement timeout bounds requests
            em.createNativeQuery("SET LOCAL statement_timeout = '" + TIMEOUT_SECONDS + "s'")
                    .executeUpdate();
            Streamed body = make.apply(snapshots.read());
            Transaction transaction = transactions.suspend();
            closer.add(() -> end(transaction));
            return new Held(body, transaction);
        } catch (RuntimeException e) {
            endCurrent();
            throw e;
        } catch (Exception e) {
            endCurrent();
            throw new IllegalStateException("cannot begin a read transaction", e);
        }
    }

    /** Streams a held body from its transaction, then ends the transaction. */
    void write(Held held, OutputStream out) {
        try {
            transactions.resume(held.transaction());
        } catch (Exception e) {
            throw new IllegalStateException("cannot resume the read transaction of a streamed body", e);
        }
        try {
            UncheckedIo.run(() -> held.body().write(out));
        } finally {
            endCurrent();
        }
    }

    /** Ends a read transaction that is still open (nothing was written in it). */
    private static void end(Transaction transaction) {
        try {
            if (transaction.getStatus() == Status.STATUS_ACTIVE) {
                transaction.rollback();
            }
        } catch (SystemException e) {
            throw new IllegalStateException(e);
        }
    }

    private void endCurrent() {
        try {
            if (transactions.getTransaction() != null) {
                transactions.rollback();
            }
        } catch (SystemException e) {
            throw new IllegalStateException(e);
        }
    }
}
