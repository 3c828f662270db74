package ai.landscape.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Where the seed-data files are read from: a directory, or the copy packaged on the class path. */
public interface SeedSource {

    /** The bytes of a file given by its path relative to the seed-data root, or null when absent. */
    byte[] read(String path);

    /** A human name of the root, for messages. */
    String describe();

    static SeedSource directory(Path root) {
        return new SeedSource() {
            @Override
            public byte[] read(String path) {
                try {
                    return Files.readAllBytes(root.resolve(path));
                } catch (NoSuchFileException e) {
                    return null;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public String describe() {
                return root.toString();
            }
        };
    }

    static SeedSource classpath() {
        return new SeedSource() {
            @Override
            public byte[] read(String path) {
                try (InputStream in = SeedSource.class.getClassLoader().getResourceAsStream("seed-data/" + path)) {
                    return in == null ? null : in.readAllBytes();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public String describe() {
                return "classpath:seed-data";
            }
        };
    }
}
