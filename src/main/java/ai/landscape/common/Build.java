package ai.landscape.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** What identifies this build of the service (build.properties, filled in by Maven): part of ETags and of loads. */
public final class Build {

    /** The project version and the build's time. */
    public static final String ID = read();

    private Build() {}

    private static String read() {
        try (InputStream in = Build.class.getClassLoader().getResourceAsStream("build.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("build.id", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
