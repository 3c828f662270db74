package ai.landscape.seed;

import java.util.List;

/** Seed data that does not validate. The message names each file, row and reason. */
public class SeedException extends RuntimeException {

    private final List<String> problems;

    public SeedException(List<String> problems) {
        super("seed data refused, nothing loaded:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    /** One line per problem: {@code file row N: reason}. */
    public List<String> problems() {
        return problems;
    }
}
