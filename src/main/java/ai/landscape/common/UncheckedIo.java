package ai.landscape.common;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Runs a write inside code that cannot throw IOException (a callback per streamed record). */
public final class UncheckedIo {

    /** A write that may fail. */
    @FunctionalInterface
    public interface Write {
        void run() throws IOException;
    }

    private UncheckedIo() {}

    public static void run(Write write) {
        try {
            write.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
