package dev.akhbar.processor.tag;

import java.util.Set;

/**
 * A word that opens an organization's name (حزب، وزارة، جامعة …).
 *
 * @param kind how much the head proves on its own
 * @param blocked match-form words that, right after this head, mean it is not a name (حركة المرور)
 */
record OrgHead(Kind kind, Set<String> blocked) {

  enum Kind {
    /** Whatever follows is a name: حزب، وزارة، جامعة. */
    STRONG,
    /** Often an ordinary noun: the follower must not be blocked or a common word: حركة، مجلس. */
    WEAK,
    /** Names an organization only with a nationality adjective: الجيش الليبي، الشرطة الفرنسية. */
    NISBA
  }
}
