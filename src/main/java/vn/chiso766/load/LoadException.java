package vn.chiso766.load;

import java.util.List;
import java.util.stream.Collectors;

/** Every problem found in a data folder; thrown only after the whole folder was read. */
public final class LoadException extends Exception {
    private final transient List<Problem> problems;

    public LoadException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
