package vn.chiso766.portal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** fetch's saved answers: a new fetch of a month and province replaces its folder's files whole. */
final class Raw {
    private Raw() {
    }

    /**
     * Files of the folders the new raw answers go to that the new set does not have (a third page
     * an earlier fetch saved): left there, they would be read as part of the month by a later import.
     */
    static List<String> stale(Path data, Collection<String> raw) throws IOException {
        Set<String> folders = new TreeSet<>();
        raw.forEach(file -> folders.add(file.substring(0, file.lastIndexOf('/') + 1)));
        List<String> stale = new ArrayList<>();
        for (String folder : folders) {
            Path dir = data.resolve(folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(Files::isRegularFile).map(f -> folder + f.getFileName())
                        .filter(f -> !raw.contains(f)).sorted().forEach(stale::add);
            }
        }
        return stale;
    }
}
