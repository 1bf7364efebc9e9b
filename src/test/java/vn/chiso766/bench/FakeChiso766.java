package vn.chiso766.bench;

import java.lang.management.ManagementFactory;
import java.util.List;

/** Stands in for chiso766.jar in LauncherTest: shows its JVM options, fails when told to. */
public final class FakeChiso766 {
    private FakeChiso766() {
    }

    public static void main(String[] args) {
        System.out.println("jvm " + String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
        System.exit(List.of(args).contains("--fail") ? 1 : 0);
    }
}
