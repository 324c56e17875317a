package dev.akhbar.processor.dedup;

import dev.akhbar.common.record.Change;
import dev.akhbar.common.record.DuplicateMethod;
import dev.akhbar.common.record.OutcomeKind;
import dev.akhbar.processor.fingerprint.ContentHash;
import dev.akhbar.processor.flow.Emission;
import dev.akhbar.processor.flow.Outcomes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One message applied to one node: the dedup protocol (docs/dedup.md, "the protocol"). It reads
 * only the target node and its stored article, and buffers every change and every output, so that
 * the processor writes all of them or, on failure, none.
 *
 * <p>The clusters form a union-find forest in which every parent is earlier (by {@link SortKey})
 * than its child, so a root is its cluster's earliest member: the original. Linking two clusters
 * always hangs the later root under the earlier node, wherever the messages arrive from, which is
 * what makes the final forest independent of arrival order.
 */
final class NodeStep {

  /** A record to forward, with its key. */
  record Keyed(String key, Emission emission) {}

  private final String target;
  private final DedupSettings settings;
  private final Publications publications;
  private final Instant now;
  private final StoredArticles storedArticles;
  private final ClusterMembers members;

  Node node;
  boolean nodeChanged;
  boolean nodeCreated;
  final List<Keyed> out = new ArrayList<>();

  /** Reads and buffered writes of the target's stored article. */
  interface StoredArticles {
    StoredArticle get(String id);

    void put(String id, StoredArticle article);

    void delete(String id);
  }

  NodeStep(
      String target,
      Node node,
      DedupSettings settings,
      Publications publications,
      StoredArticles storedArticles,
      ClusterMembers members,
      Instant now) {
    this.target = target;
    this.node = node;
    this.settings = settings;
    this.publications = publications;
    this.storedArticles = storedArticles;
    this.members = members;
    this.now = now;
  }

  void apply(NodeMessage message) {
    if (message instanceof NodeMessage.Arrival a) {
      arrival(a);
    } else if (message instanceof NodeMessage.IndexReply r) {
      indexReply(r);
    } else if (message instanceof NodeMessage.Verify v) {
      verify(v);
    } else if (message instanceof NodeMessage.Link l) {
      link(l.other(), l.origin(), l.edge());
    } else if (message instanceof NodeMessage.Adopt a) {
      adopt(a);
    } else if (message instanceof NodeMessage.Repoint r) {
      repoint(r.root());
    } else if (message instanceof NodeMessage.Ack a) {
      ack(a.demoted(), a.edge());
    } else {
      throw new IllegalArgumentException("unknown node message " + message);
    }
  }

  // ---- a raw record for this URL ------------------------------------------------------------

  private void arrival(NodeMessage.Arrival a) {
    if (node == null) {
      if (a.raw().removed()) {
        removalOfUnknown(a);
      } else {
        firstSight(a);
      }
      return;
    }
    if (a.raw().removed()) {
      node.version++;
      node.removed = true;
      changed();
      if (node.isSettled()) {
        StoredArticle facts = stored(a);
        emit(target, new Emission.Publish(publications.article(facts, node, Change.REMOVED, now)));
      }
      account(a, OutcomeKind.UPDATE);
      return;
    }
    if (a.contentHash().equals(node.currentContentHash) && !node.removed) {
      account(a, OutcomeKind.UNCHANGED);
      return;
    }
    node.version++;
    node.removed = false;
    node.currentContentHash = a.contentHash();
    node.url = a.raw().url();
    node.sourceId = a.raw().sourceId();
    node.title = a.raw().title();
    changed();
    StoredArticle latest = stored(a);
    if (!node.isSettled() || node.isRoot()) {
      storedArticles.put(target, latest);
    }
    if (node.isSettled()) {
      if (node.isRoot()) {
        emit(target, new Emission.Publish(publications.article(latest, node, Change.UPDATE, now)));
      } else {
        node.revision++;
        emit(target, new Emission.Copy(publications.duplicate(node, now)));
      }
    }
    account(a, OutcomeKind.UPDATE);
  }

  /** The source says a page we never saw (or forgot) is gone: pass the removal on. */
  private void removalOfUnknown(NodeMessage.Arrival a) {
    Node ghost = newNode(a);
    emit(target, new Emission.Publish(publications.article(stored(a), ghost, Change.REMOVED, now)));
    account(a, OutcomeKind.UPDATE);
  }

  private void firstSight(NodeMessage.Arrival a) {
    node = newNode(a);
    node.phase = Node.Phase.PROBING;
    node.source = a.source();
    nodeCreated = true;
    changed();
    storedArticles.put(target, stored(a));

    // One probe per partition of the indexes that holds a band or the content hash of this body.
    int contentGroup = settings.contentGroupOf(node.contentPrefix());
    Map<Integer, List<Integer>> bandsByGroup = new TreeMap<>();
    bandsByGroup.put(contentGroup, new ArrayList<>());
    long[] keys = a.bandKeys();
    for (int band = 0; band < keys.length; band++) {
      bandsByGroup
          .computeIfAbsent(settings.groupOf(band, keys[band]), g -> new ArrayList<>())
          .add(band);
    }
    for (Map.Entry<Integer, List<Integer>> group : bandsByGroup.entrySet()) {
      int[] numbers = group.getValue().stream().mapToInt(Integer::intValue).toArray();
      long[] groupKeys = new long[numbers.length];
      for (int i = 0; i < numbers.length; i++) {
        groupKeys[i] = keys[numbers[i]];
      }
      emit(
          target,
          new Emission.Probe(
              new IndexProbe(
                  node.key,
                  node.eventTime,
                  node.contentPrefix(),
                  group.getKey(),
                  group.getKey() == contentGroup ? a.contentHash() : null,
                  numbers,
                  groupKeys,
                  numbers.length == 0 ? new int[0] : a.signature())));
    }
    node.awaitingReplies = bandsByGroup.size();
  }

  private Node newNode(NodeMessage.Arrival a) {
    Node n = new Node();
    n.key = new SortKey(a.raw().publishedAt(), target);
    n.eventTime = a.eventTime();
    n.firstContentHash = a.contentHash();
    n.currentContentHash = a.contentHash();
    n.version = 1;
    n.revision = 0;
    n.removed = a.raw().removed();
    n.phase = Node.Phase.SETTLED;
    n.url = a.raw().url();
    n.sourceId = a.raw().sourceId();
    n.title = a.raw().title();
    return n;
  }

  private static StoredArticle stored(NodeMessage.Arrival a) {
    return new StoredArticle(a.raw(), a.language(), a.arabicShare(), a.contentHash(), a.bandKeys());
  }

  // ---- the newcomer's own decision -----------------------------------------------------------

  private void indexReply(NodeMessage.IndexReply r) {
    if (node == null || node.phase != Node.Phase.PROBING) {
      return;
    }
    keepCandidates(r.matches());
    node.awaitingReplies--;
    changed();
    if (node.awaitingReplies <= 0) {
      startLinking();
    }
  }

  /**
   * Adds a reply's matches to those kept while the newcomer waits, keeping only what {@link
   * #startLinking} can choose: the earliest exact copy, and per distinct other content the earliest
   * near match (with the lowest band it was found by). So the pending node stays small whatever the
   * number of matches the replies carry, and the choice is the same as over all of them.
   */
  private void keepCandidates(List<Match> matches) {
    record Kind(boolean exact, long contentPrefix) {}
    long ownPrefix = node.contentPrefix();
    Map<Kind, Integer> kept = new HashMap<>();
    for (int i = 0; i < node.candidates.size(); i++) {
      Candidate k = node.candidates.get(i).candidate();
      kept.put(new Kind(k.exact(), k.exact() ? 0 : k.contentPrefix()), i);
    }
    for (Match m : matches) {
      Candidate c = m.candidate();
      if (c.key().articleId().equals(target) || (!c.exact() && c.contentPrefix() == ownPrefix)) {
        continue;
      }
      Kind kind = new Kind(c.exact(), c.exact() ? 0 : c.contentPrefix());
      Integer at = kept.get(kind);
      if (at == null) {
        kept.put(kind, node.candidates.size());
        node.candidates.add(m);
        continue;
      }
      Candidate k = node.candidates.get(at).candidate();
      boolean better =
          k.key().equals(c.key()) ? c.firstBand() < k.firstBand() : c.key().isBefore(k.key());
      if (better) {
        node.candidates.set(at, m);
      }
    }
  }

  /**
   * Tells the chosen matches that they match, so that they link: the earliest exact copy (one is
   * enough, exact copies are already linked with each other) and, per distinct content, the
   * earliest near copy. The indexes verified them all.
   */
  private void startLinking() {
    long ownPrefix = node.contentPrefix();
    Match exact = null;
    Map<String, Match> nearById = new LinkedHashMap<>();
    for (Match m : node.candidates) {
      Candidate c = m.candidate();
      if (c.exact()) {
        if (exact == null || c.key().isBefore(exact.candidate().key())) {
          exact = m;
        }
      } else if (c.contentPrefix() != ownPrefix) {
        nearById.merge(
            c.key().articleId(),
            m,
            (x, y) -> x.candidate().firstBand() <= y.candidate().firstBand() ? x : y);
      }
    }
    Map<Long, Match> nearByContent = new LinkedHashMap<>();
    for (Match m : nearById.values()) {
      nearByContent.merge(
          m.candidate().contentPrefix(),
          m,
          (x, y) -> x.candidate().key().isBefore(y.candidate().key()) ? x : y);
    }
    List<Match> near = new ArrayList<>(nearByContent.values());
    near.sort(Comparator.comparing(m -> m.candidate().key()));
    if (near.size() > settings.maxCandidates()) {
      near = near.subList(0, settings.maxCandidates());
    }
    node.candidates = new ArrayList<>();
    node.phase = Node.Phase.LINKING;
    node.awaitingAcks = (exact == null ? 0 : 1) + near.size();
    changed();
    if (exact != null) {
      emitToNode(
          new NodeMessage.Verify(exact.candidate().key().articleId(), node.key, true, -1, 1.0));
    }
    for (Match m : near) {
      Candidate c = m.candidate();
      emitToNode(
          new NodeMessage.Verify(
              c.key().articleId(), node.key, false, c.firstBand(), m.similarity()));
    }
    if (node.awaitingAcks == 0) {
      finish();
    }
  }

  private void ack(List<String> demoted, Edge edge) {
    if (node == null || node.phase != Node.Phase.LINKING) {
      return;
    }
    node.demoted.addAll(demoted);
    recordEdge(edge);
    node.awaitingAcks--;
    changed();
    if (node.awaitingAcks <= 0) {
      finish();
    }
  }

  /** Writes the newcomer's outcome: an original, or a copy of its cluster's original. */
  private void finish() {
    node.phase = Node.Phase.SETTLED;
    List<String> demoted = List.copyOf(node.demoted);
    node.demoted = new ArrayList<>();
    if (node.isRoot()) {
      StoredArticle stored = storedArticles.get(target);
      Change change = node.removed ? Change.REMOVED : Change.NEW;
      emit(target, new Emission.Publish(publications.article(stored, node, change, now)));
      node.publishedOriginal = true;
      account(node.source, OutcomeKind.NEW, demoted);
    } else {
      emit(target, new Emission.Copy(publications.duplicate(node, now)));
      storedArticles.delete(target);
      account(node.source, OutcomeKind.DUPLICATE, demoted);
    }
    node.source = null;
    changed();
  }

  // ---- verifying and linking -------------------------------------------------------------

  private void verify(NodeMessage.Verify v) {
    if (node == null) {
      emitToNode(new NodeMessage.Ack(v.origin().articleId(), List.of(), null));
      return;
    }
    double similarity = v.exact() ? 1.0 : v.similarity();
    DuplicateMethod method = v.exact() ? DuplicateMethod.EXACT : DuplicateMethod.NEAR;
    String matchedBy = v.exact() ? Edge.CONTENT_HASH : Edge.band(v.firstBand());
    recordEdge(new Edge(v.origin(), method, similarity, matchedBy));
    link(v.origin(), v.origin().articleId(), new Edge(node.key, method, similarity, matchedBy));
  }

  /**
   * Makes sure this node's cluster and {@code other}'s are one: follow parents up to this cluster's
   * root; if {@code other} is earlier, the root hangs under it (and, if it was a published
   * original, is demoted); if later, the same request goes to {@code other}'s side. Each request
   * ends in exactly one acknowledgement to {@code origin}.
   */
  private void link(SortKey other, String origin, Edge edge) {
    if (node == null) {
      acknowledge(origin, List.of(), edge);
      return;
    }
    if (!node.isRoot()) {
      emitToNode(new NodeMessage.Link(node.parent.articleId(), other, origin, edge));
      return;
    }
    if (other.equals(node.key)) {
      acknowledge(origin, List.of(), edge);
      return;
    }
    if (other.isBefore(node.key)) {
      node.parent = other;
      List<String> demoted = List.of();
      if (node.isSettled() && node.publishedOriginal) {
        demote();
        demoted = List.of(target);
      }
      List<SortKey> moved = members.of(target);
      members.remove(target, moved);
      moved.add(node.key);
      node.memberCount = 0;
      changed();
      emitToNode(new NodeMessage.Adopt(other.articleId(), other, node.key, other, moved));
      acknowledge(origin, demoted, edge);
    } else {
      emitToNode(new NodeMessage.Link(other.articleId(), node.key, origin, edge));
    }
  }

  /** A published original is now a copy: publish it as demoted, and as a duplicate. */
  private void demote() {
    node.publishedOriginal = false;
    node.revision++;
    StoredArticle stored = storedArticles.get(target);
    if (stored != null) {
      emit(target, new Emission.Publish(publications.article(stored, node, Change.DEMOTED, now)));
    }
    emit(target, new Emission.Copy(publications.duplicate(node, now)));
    storedArticles.delete(target);
  }

  private void adopt(NodeMessage.Adopt a) {
    if (node != null && !node.isRoot()) {
      emitToNode(
          new NodeMessage.Adopt(
              node.parent.articleId(), node.parent, a.child(), a.childParent(), a.members()));
      return;
    }
    SortKey root = node == null ? a.targetKey() : node.key;
    if (node != null) {
      for (SortKey m : a.members()) {
        if (members.add(target, m)) {
          node.memberCount++;
        }
      }
      changed();
    }
    for (SortKey m : a.members()) {
      boolean alreadyThere = m.equals(a.child()) && root.equals(a.childParent());
      if (!alreadyThere) {
        emitToNode(new NodeMessage.Repoint(m.articleId(), root));
      }
    }
  }

  private void repoint(SortKey root) {
    if (node == null || node.isRoot() || !root.isBefore(node.parent)) {
      return;
    }
    node.parent = root;
    changed();
    if (node.isSettled()) {
      node.revision++;
      emit(target, new Emission.Copy(publications.duplicate(node, now)));
    }
  }

  private void recordEdge(Edge edge) {
    if (edge == null || node == null) {
      return;
    }
    Edge stronger = Edge.stronger(node.bestEdge, edge);
    if (Objects.equals(stronger, node.bestEdge)) {
      return;
    }
    node.bestEdge = stronger;
    changed();
    if (node.isSettled() && !node.isRoot()) {
      node.revision++;
      emit(target, new Emission.Copy(publications.duplicate(node, now)));
    }
  }

  /** Ends one request of {@code origin}: here if this node is the origin, else by message. */
  private void acknowledge(String origin, List<String> demoted, Edge edge) {
    if (origin.equals(target) && node != null) {
      ack(demoted, edge);
    } else {
      emitToNode(new NodeMessage.Ack(origin, demoted, edge));
    }
  }

  // ---- outputs ----------------------------------------------------------------------------

  private void account(NodeMessage.Arrival a, OutcomeKind kind) {
    account(a.source(), kind, List.of());
  }

  private void account(
      dev.akhbar.processor.flow.SourcePosition source, OutcomeKind kind, List<String> demoted) {
    emit(target, new Emission.Accounted(Outcomes.of(target, kind, source, demoted, now)));
  }

  private void emitToNode(NodeMessage message) {
    emit(message.target(), new Emission.ToNode(message));
  }

  private void emit(String key, Emission emission) {
    out.add(new Keyed(key, emission));
  }

  private void changed() {
    nodeChanged = true;
  }

  static long prefixOf(String contentHash) {
    return ContentHash.prefix(contentHash);
  }
}
