package dev.akhbar.app.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akhbar.app.config.ConfigKeys;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The Dockerfile builds and runs the jar the README and ./akhbar use, as a user without rights. */
class DockerfileTest {

  /** The jar the README, the launcher and the shade plugin name. */
  static final String JAR = "app/target/akhbar.jar";

  private static final String DOCKERFILE = RepoFiles.text("Dockerfile");
  private static final List<String> LINES = instructions(DOCKERFILE);

  @Test
  void theReadmeTheLauncherAndTheBuildNameTheSameJar() {
    assertThat(RepoFiles.text("README.md")).contains(JAR);
    assertThat(RepoFiles.text("akhbar")).contains("$root/" + JAR);
    assertThat(RepoFiles.text("app/pom.xml"))
        .contains("<outputFile>${project.build.directory}/akhbar.jar</outputFile>");
  }

  @Test
  void theBuildStagePackagesTheAppModuleAndTheRuntimeStageCopiesThatJar() {
    String build = stage(0);
    assertThat(build).startsWith("FROM maven:").contains(" AS build");
    String workdir = value(build, "WORKDIR");
    assertThat(build).containsPattern("mvn [^\\n]*package[^\\n]*-pl app -am");
    String runtime = stage(1);
    assertThat(runtime).contains("COPY --from=build " + workdir + "/" + JAR + " ");
    Matcher copy = Pattern.compile("COPY --from=build \\S+ (\\S+)").matcher(runtime);
    assertThat(copy.find()).isTrue();
    String installed = copy.group(1);
    assertThat(runtime).contains("ENTRYPOINT [\"java\", \"-jar\", \"" + installed + "\"]");
  }

  @Test
  void theRuntimeIsASlimJreRunAsAUserWithoutPrivileges() {
    String runtime = stage(1);
    assertThat(runtime.lines().findFirst().orElseThrow()).startsWith("FROM ").contains("jre");
    String user = value(runtime, "USER");
    assertThat(user).isNotIn("root", "0").isNotBlank();
    assertThat(runtime).contains("useradd --system").contains(user);
    assertThat(runtime).contains("HEALTHCHECK").contains("/health/ready");
  }

  @Test
  void itsEnvironmentIsMadeOfConfigurationKeysAndItExposesTheirPort() {
    Matcher env = Pattern.compile("(AKHBAR_[A-Z_]+)=(\\S+)").matcher(stage(1));
    String port = null;
    while (env.find()) {
      var key = ConfigKeys.SCHEMA.findByVariable(env.group(1));
      assertThat(key).as(env.group(1)).isPresent();
      key.get().type().parse(env.group(2));
      if (env.group(1).equals(ConfigKeys.HTTP_PORT.environmentVariable())) {
        port = env.group(2);
      }
    }
    assertThat(port).isNotNull();
    assertThat(value(stage(1), "EXPOSE")).isEqualTo(port);
  }

  /** The instructions, continuation lines joined, comments dropped. */
  private static List<String> instructions(String text) {
    String joined = text.replaceAll("(?m)^\\s*#.*\\n", "").replace("\\\n", " ");
    return joined.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }

  /** The instructions of stage {@code index}, one a line. */
  private static String stage(int index) {
    int seen = -1;
    StringBuilder out = new StringBuilder();
    for (String line : LINES) {
      if (line.startsWith("FROM ")) {
        seen++;
      }
      if (seen == index) {
        out.append(line).append('\n');
      }
    }
    return out.toString();
  }

  private static String value(String stage, String instruction) {
    return stage
        .lines()
        .filter(l -> l.startsWith(instruction + " "))
        .reduce((a, b) -> b)
        .map(l -> l.substring(instruction.length() + 1).strip())
        .orElseThrow(() -> new AssertionError("no " + instruction));
  }
}
