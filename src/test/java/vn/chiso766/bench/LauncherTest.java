package vn.chiso766.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    @Test
    void thePosixLauncherAddsHugePagesWhereTheKernelOffersThem_asTheBenchmarkDoes() throws Exception {
        String script = Files.readString(Path.of("scripts/chiso766"), StandardCharsets.UTF_8);
        assertTrue(script.contains(Launcher.HUGE_PAGES_MODE.toString()), "reads the kernel's mode");
        assertTrue(script.contains("\"[always]\"*|*\"[madvise]\"*) options=\"$options " + Launcher.HUGE_PAGES + "\""),
                "adds " + Launcher.HUGE_PAGES + " in the modes the benchmark checks");
        assertFalse(Files.readString(Path.of("scripts/chiso766.cmd")).contains(Launcher.HUGE_PAGES),
                "a Linux-only option: the JVM would refuse to start with it elsewhere");
        boolean offered = Files.isReadable(Launcher.HUGE_PAGES_MODE)
                && Files.readString(Launcher.HUGE_PAGES_MODE).matches("(?s).*\\[(always|madvise)\\].*");
        assertEquals(offered, Launcher.options().contains(Launcher.HUGE_PAGES));
        assertEquals(Launcher.OPTIONS, Launcher.options().subList(0, Launcher.OPTIONS.size()));
    }

    @Test
    void theJvmTakesTheOptionsOnThisMachineWithoutAWarning() throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(Launcher.options());
        command.add("-version");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);
        assertFalse(output.toLowerCase(java.util.Locale.ROOT).contains("warning"), output);
    }
}
