package vn.chiso766.load;

import java.util.ArrayList;
import java.util.List;

/** Collects problems so that a run reports all of them, not only the first. */
public final class Problems {
    private final List<Problem> list = new ArrayList<>();

    public void add(Problem problem) {
        list.add(problem);
    }

    public void addAll(List<Problem> problems) {
        list.addAll(problems);
    }

    public int size() {
        return list.size();
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public List<Problem> list() {
        return List.copyOf(list);
    }

    public void throwIfAny() throws LoadException {
        if (!list.isEmpty()) {
            throw new LoadException(list);
        }
    }
}
