package dev.akhbar.processor.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/** The serdes of dedup's internal topics and stores, all in the {@link Wire} form. */
public final class DedupSerdes {

  private static final int ARRIVAL = 1;
  private static final int INDEX_REPLY = 2;
  private static final int VERIFY = 3;
  private static final int LINK = 4;
  private static final int ADOPT = 5;
  private static final int REPOINT = 6;
  private static final int ACK = 7;

  private DedupSerdes() {}

  public static Serde<NodeMessage> nodeMessages() {
    return serde(DedupSerdes::write, DedupSerdes::readMessage);
  }

  public static Serde<IndexProbe> indexProbes() {
    return serde(
        p ->
            new Wire.Out()
                .sortKey(p.origin())
                .int64(p.eventTime())
                .int64(p.contentPrefix())
                .int32(p.group())
                .string(p.contentHash())
                .ints(p.bandNumbers())
                .longs(p.bandKeys())
                .ints(p.signature())
                .toBytes(),
        bytes -> {
          Wire.In in = new Wire.In(bytes);
          return new IndexProbe(
              in.sortKey(),
              in.int64(),
              in.int64(),
              in.int32(),
              in.string(),
              in.ints(),
              in.longs(),
              in.ints());
        });
  }

  /** An index entry: who is in a bucket, and the prefix of their content hash. */
  static Serde<Candidate> indexEntries() {
    return serde(
        c -> new Wire.Out().candidate(c).toBytes(), bytes -> new Wire.In(bytes).candidate());
  }

  static Serde<Node> nodes() {
    return serde(DedupSerdes::writeNode, DedupSerdes::readNode);
  }

  static Serde<SortKey> sortKeys() {
    return serde(k -> new Wire.Out().sortKey(k).toBytes(), bytes -> new Wire.In(bytes).sortKey());
  }

  static Serde<int[]> signatures() {
    return serde(v -> new Wire.Out().ints(v).toBytes(), bytes -> new Wire.In(bytes).ints());
  }

  static Serde<StoredArticle> storedArticles() {
    return serde(
        a ->
            new Wire.Out()
                .rawArticle(a.raw())
                .string(a.language())
                .float64(a.arabicShare())
                .string(a.contentHash())
                .longs(a.bandKeys())
                .toBytes(),
        bytes -> {
          Wire.In in = new Wire.In(bytes);
          return new StoredArticle(
              in.rawArticle(), in.string(), in.float64(), in.string(), in.longs());
        });
  }

  private static byte[] write(NodeMessage message) {
    Wire.Out out = new Wire.Out();
    if (message instanceof NodeMessage.Arrival a) {
      out.int8(ARRIVAL)
          .rawArticle(a.raw())
          .string(a.language())
          .float64(a.arabicShare())
          .string(a.contentHash())
          .ints(a.signature())
          .longs(a.bandKeys())
          .int64(a.eventTime())
          .position(a.source());
    } else if (message instanceof NodeMessage.IndexReply r) {
      out.int8(INDEX_REPLY).id(r.target()).int32(r.matches().size());
      r.matches().forEach(out::match);
    } else if (message instanceof NodeMessage.Verify v) {
      out.int8(VERIFY)
          .id(v.target())
          .sortKey(v.origin())
          .bool(v.exact())
          .int32(v.firstBand())
          .float64(v.similarity());
    } else if (message instanceof NodeMessage.Link l) {
      out.int8(LINK).id(l.target()).sortKey(l.other()).id(l.origin()).edge(l.edge());
    } else if (message instanceof NodeMessage.Adopt a) {
      out.int8(ADOPT)
          .id(a.target())
          .sortKey(a.targetKey())
          .sortKey(a.child())
          .sortKey(a.childParent())
          .sortKeys(a.members());
    } else if (message instanceof NodeMessage.Repoint r) {
      out.int8(REPOINT).id(r.target()).sortKey(r.root());
    } else if (message instanceof NodeMessage.Ack a) {
      out.int8(ACK).id(a.target()).ids(a.demoted()).edge(a.edge());
    } else {
      throw new IllegalArgumentException("unknown node message " + message);
    }
    return out.toBytes();
  }

  private static NodeMessage readMessage(byte[] bytes) {
    Wire.In in = new Wire.In(bytes);
    int type = in.int8();
    return switch (type) {
      case ARRIVAL ->
          new NodeMessage.Arrival(
              in.rawArticle(),
              in.string(),
              in.float64(),
              in.string(),
              in.ints(),
              in.longs(),
              in.int64(),
              in.position());
      case INDEX_REPLY -> {
        String target = in.id();
        int n = in.int32();
        List<Match> matches = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
          matches.add(in.match());
        }
        yield new NodeMessage.IndexReply(target, matches);
      }
      case VERIFY ->
          new NodeMessage.Verify(in.id(), in.sortKey(), in.bool(), in.int32(), in.float64());
      case LINK -> new NodeMessage.Link(in.id(), in.sortKey(), in.id(), in.edge());
      case ADOPT ->
          new NodeMessage.Adopt(in.id(), in.sortKey(), in.sortKey(), in.sortKey(), in.sortKeys());
      case REPOINT -> new NodeMessage.Repoint(in.id(), in.sortKey());
      case ACK -> new NodeMessage.Ack(in.id(), in.ids(), in.edge());
      default -> throw new IllegalArgumentException("unknown node message type " + type);
    };
  }

  private static byte[] writeNode(Node n) {
    Wire.Out out =
        new Wire.Out()
            .sortKey(n.key)
            .int64(n.eventTime)
            .id(n.firstContentHash)
            .id(n.currentContentHash)
            .int32(n.version)
            .int32(n.revision)
            .bool(n.removed)
            .int8(n.phase.ordinal())
            .int32(n.awaitingReplies)
            .int32(n.awaitingAcks)
            .int32(n.candidates.size());
    n.candidates.forEach(out::match);
    out.ids(n.demoted).bool(n.source != null);
    if (n.source != null) {
      out.position(n.source);
    }
    return out.sortKeyOrNull(n.parent)
        .int32(n.memberCount)
        .edge(n.bestEdge)
        .bool(n.publishedOriginal)
        .string(n.url)
        .string(n.sourceId)
        .string(n.title)
        .toBytes();
  }

  private static Node readNode(byte[] bytes) {
    Wire.In in = new Wire.In(bytes);
    Node n = new Node();
    n.key = in.sortKey();
    n.eventTime = in.int64();
    n.firstContentHash = in.id();
    n.currentContentHash = in.id();
    n.version = in.int32();
    n.revision = in.int32();
    n.removed = in.bool();
    n.phase = Node.Phase.values()[in.int8()];
    n.awaitingReplies = in.int32();
    n.awaitingAcks = in.int32();
    int candidates = in.int32();
    for (int i = 0; i < candidates; i++) {
      n.candidates.add(in.match());
    }
    n.demoted = in.ids();
    n.source = in.bool() ? in.position() : null;
    n.parent = in.sortKeyOrNull();
    n.memberCount = in.int32();
    n.bestEdge = in.edge();
    n.publishedOriginal = in.bool();
    n.url = in.string();
    n.sourceId = in.string();
    n.title = in.string();
    return n;
  }

  private static <T> Serde<T> serde(Function<T, byte[]> write, Function<byte[], T> read) {
    return Serdes.serdeFrom(
        (topic, value) -> value == null ? null : write.apply(value),
        (topic, bytes) -> bytes == null ? null : read.apply(bytes));
  }
}
