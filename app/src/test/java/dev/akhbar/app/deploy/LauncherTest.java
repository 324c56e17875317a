package dev.akhbar.app.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./akhbar} launcher, run for real on a copy of itself beside an up-to-date jar (so that
 * it builds nothing) with a {@code java} on the PATH that prints the environment it was given.
 */
class LauncherTest {

  @TempDir Path folder;

  @Test
  void preloadsJemallocWhereTheSystemHasIt() throws Exception {
    Optional<Path> jemalloc = systemJemalloc();

    String preload = run(Map.of());

    if (jemalloc.isPresent()) {
      assertThat(preload).isEqualTo(jemalloc.get().toString());
    } else {
      System.err.println(
          "LauncherTest: no libjemalloc.so.2 on this machine; the launcher adds none");
      assertThat(preload).isEmpty();
    }
  }

  @Test
  void keepsAPreloadItWasGivenAndCanBeTurnedOff() throws Exception {
    Optional<Path> jemalloc = systemJemalloc();

    assertThat(run(Map.of("LD_PRELOAD", "/opt/x/libother.so")))
        .isEqualTo(jemalloc.map(j -> j + " ").orElse("") + "/opt/x/libother.so");
    assertThat(run(Map.of("AKHBAR_JEMALLOC", "off"))).isEmpty();
  }

  @Test
  void theDockerImagePreloadsTheJemallocItInstalls() {
    String dockerfile = RepoFiles.text("Dockerfile").replace("\\\n", " ");
    assertThat(dockerfile).containsPattern("apt-get install [^\\n]*libjemalloc2");
    Matcher preload = Pattern.compile("LD_PRELOAD=(\\S+)").matcher(dockerfile);
    assertThat(preload.find()).isTrue();
    assertThat(dockerfile)
        .contains("ln -s /usr/lib/\"$(uname -m)\"-linux-gnu/libjemalloc.so.2 " + preload.group(1));
  }

  /** The library the launcher looks for, in its order, if this machine has it. */
  private static Optional<Path> systemJemalloc() {
    Matcher paths =
        Pattern.compile("(/usr/\\S*/libjemalloc\\.so\\.2)").matcher(RepoFiles.text("akhbar"));
    while (paths.find()) {
      Path candidate = Path.of(paths.group(1));
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** Runs the launcher's copy; returns the LD_PRELOAD its {@code java} saw. */
  private String run(Map<String, String> environment) throws IOException, InterruptedException {
    Path launcher = folder.resolve("akhbar");
    Files.copy(RepoFiles.ROOT.resolve("akhbar"), launcher);
    Path jar = folder.resolve("app/target/akhbar.jar");
    Files.createDirectories(jar.getParent());
    Files.writeString(jar, "");
    Path bin = Files.createDirectories(folder.resolve("bin"));
    Path java = bin.resolve("java");
    Files.writeString(java, "#!/bin/sh\nprintf '%s' \"${LD_PRELOAD:-}\"\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    ProcessBuilder builder = new ProcessBuilder(List.of("bash", launcher.toString(), "--version"));
    builder.environment().remove("LD_PRELOAD");
    builder.environment().remove("AKHBAR_JEMALLOC");
    builder.environment().putAll(environment);
    builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
    // The loader's complaints about a library that is not there go to stderr.
    builder.redirectError(ProcessBuilder.Redirect.DISCARD);
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(out).isZero();
    Files.delete(launcher);
    return out;
  }
}
