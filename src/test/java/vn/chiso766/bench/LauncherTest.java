package vn.chiso766.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The benchmark measures fresh-JVM builds with the options the launchers really use. */
class LauncherTest {

    @Test
    void bothLaunchersRunTheOptionsTheBenchmarkMeasures() throws Exception {
        String options = String.join(" ", Launcher.OPTIONS);
        for (String script : new String[] {"scripts/chiso766", "scripts/chiso766.cmd"}) {
            String text = Files.readString(Path.of(script), StandardCharsets.UTF_8);
            assertTrue(text.contains(options), script + " runs " + options);
            assertTrue(text.contains("target\\chiso766.jar") || text.contains("target/chiso766.jar"), script);
        }
        assertTrue(Files.isExecutable(Path.of("scripts/chiso766")), "scripts/chiso766 is executable");
    }
}
