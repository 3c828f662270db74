package ai.landscape.api;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A body read while it is written: CSV and NDJSON lists, the export. It is written from the read transaction it was
 * made in ({@link StreamedBodies}), whose snapshot its ETag names.
 */
public interface Streamed {

    Representation representation();

    /** Writes the body, from the current transaction. */
    void write(OutputStream out) throws IOException;
}
