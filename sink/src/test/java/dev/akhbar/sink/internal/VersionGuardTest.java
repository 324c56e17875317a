package dev.akhbar.sink.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akhbar.sink.internal.RowStates.Copy;
import dev.akhbar.sink.internal.RowStates.Stored;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VersionGuardTest {

  private static Optional<Stored> stored(String versionAndRevision) {
    if (versionAndRevision == null) {
      return Optional.empty();
    }
    String[] parts = versionAndRevision.split("/");
    return Optional.of(new Stored(Integer.parseInt(parts[0]), Integer.parseInt(parts[1])));
  }

  private static Optional<Copy> copy(String revisionAndKind) {
    if (revisionAndKind == null) {
      return Optional.empty();
    }
    String[] parts = revisionAndKind.split("/");
    return Optional.of(new Copy(Integer.parseInt(parts[0]), parts[1].equals("complete")));
  }

  /** Stored article as version/revision, stored copy as revision/complete|partial; empty = none. */
  @ParameterizedTest(name = "v{0} r{1} over article {2}, copy {3}: {4}")
  @CsvSource({
    "1, 0,    ,            , true",
    "1, 0, 1/0,            , true",
    "2, 0, 1/0,            , true",
    "1, 0, 2/0,            , false",
    "1, 1, 2/0,            , true",
    "3, 0, 1/1,            , false",
    "1, 0,    , 0/complete , false",
    "1, 0,    , 0/partial  , false",
    "1, 1,    , 0/complete , true",
  })
  void anOriginalWinsWhenAtLeastAsNew(
      int version, int revision, String article, String copy, boolean applies) {
    assertThat(VersionGuard.keeps(version, revision, stored(article), copy(copy)))
        .isEqualTo(applies);
  }

  @ParameterizedTest(name = "r{0} complete={1} over article {2}, copy {3}: {4}")
  @CsvSource({
    "1, true,     ,            , true",
    "1, true,  1/1,            , true",
    "1, true,  1/0,            , true",
    "0, true,  1/1,            , false",
    "1, true,     , 1/partial  , true",
    "1, true,     , 1/complete , true",
    "1, true,     , 2/partial  , false",
    "1, false,    , 1/partial  , true",
    "1, false,    , 1/complete , false",
    "1, false,    , 0/complete , true",
  })
  void aCopyDecisionWinsWhenAtLeastAsNewAndCompleteBeatsPartial(
      int revision, boolean complete, String article, String copy, boolean applies) {
    assertThat(VersionGuard.copies(revision, complete, stored(article), copy(copy)))
        .isEqualTo(applies);
  }
}
