package dev.akhbar.processor.dedup;

import dev.akhbar.common.record.DuplicateMethod;
import dev.akhbar.common.record.ExtractionMethod;
import dev.akhbar.common.record.HttpInfo;
import dev.akhbar.common.record.RawArticle;
import dev.akhbar.processor.flow.SourcePosition;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * The compact binary form of dedup's internal messages and state: article ids as their 32 bytes,
 * times as seconds and nanos. Internal topics and stores carry millions of these, so JSON's size
 * and cost are not worth it here. Every encoding starts with a format byte for future changes.
 */
final class Wire {

  /**
   * The format byte: 4 since a node keeps its cluster's member count, not the members (they are in
   * {@link DedupStores#CLUSTER_MEMBERS}); 3 and earlier are refused (docs/dedup.md).
   */
  static final int FORMAT = 4;

  private static final int HEX_ID_LENGTH = 64;
  private static final int ID_BYTES = HEX_ID_LENGTH / 2;
  private static final HexFormat HEX = HexFormat.of();
  private static final byte[] HEX_DIGITS = "0123456789abcdef".getBytes(StandardCharsets.ISO_8859_1);

  /** The value of each lower-case hex digit by its char, -1 for any other char below 128. */
  private static final byte[] DIGIT_VALUES = new byte[128];

  static {
    Arrays.fill(DIGIT_VALUES, (byte) -1);
    for (int i = 0; i < HEX_DIGITS.length; i++) {
      DIGIT_VALUES[HEX_DIGITS[i]] = (byte) i;
    }
  }

  private static final int NO_METHOD = 0xff;
  private static final VarHandle INT =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
  private static final VarHandle LONG =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

  private Wire() {}

  /** A writer into a growing buffer (big-endian, as {@link java.io.DataOutput} writes). */
  static final class Out {
    private byte[] buf = new byte[256];
    private int size;

    Out() {
      int8(FORMAT);
    }

    byte[] toBytes() {
      return Arrays.copyOf(buf, size);
    }

    private void room(int n) {
      if (size + n > buf.length) {
        buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + n));
      }
    }

    Out int8(int v) {
      room(1);
      buf[size++] = (byte) v;
      return this;
    }

    Out bool(boolean v) {
      return int8(v ? 1 : 0);
    }

    Out int32(int v) {
      room(Integer.BYTES);
      INT.set(buf, size, v);
      size += Integer.BYTES;
      return this;
    }

    Out int64(long v) {
      room(Long.BYTES);
      LONG.set(buf, size, v);
      size += Long.BYTES;
      return this;
    }

    Out float64(double v) {
      return int64(Double.doubleToLongBits(v));
    }

    private Out bytes(byte[] v) {
      room(v.length);
      System.arraycopy(v, 0, buf, size, v.length);
      size += v.length;
      return this;
    }

    Out raw(byte[] v) {
      int32(v.length);
      return bytes(v);
    }

    /** A string, null allowed. */
    Out string(String v) {
      if (v == null) {
        return int32(-1);
      }
      return raw(v.getBytes(StandardCharsets.UTF_8));
    }

    /** An article id: 32 bytes when it is the usual SHA-256 hex, else the string. */
    Out id(String id) {
      if (id.length() == HEX_ID_LENGTH) {
        room(1 + ID_BYTES);
        if (parseHexId(id, buf, size + 1)) {
          buf[size] = 1;
          size += 1 + ID_BYTES;
          return this;
        }
      }
      int8(0);
      return string(id);
    }

    Out instant(Instant v) {
      bool(v != null);
      if (v != null) {
        int64(v.getEpochSecond());
        int32(v.getNano());
      }
      return this;
    }

    Out sortKey(SortKey v) {
      instant(v.publishedAt());
      return id(v.articleId());
    }

    Out sortKeyOrNull(SortKey v) {
      bool(v != null);
      return v == null ? this : sortKey(v);
    }

    Out sortKeys(List<SortKey> v) {
      int32(v.size());
      v.forEach(this::sortKey);
      return this;
    }

    Out ids(List<String> v) {
      int32(v.size());
      v.forEach(this::id);
      return this;
    }

    Out ints(int[] v) {
      int32(v.length);
      room(v.length * Integer.BYTES);
      for (int i : v) {
        INT.set(buf, size, i);
        size += Integer.BYTES;
      }
      return this;
    }

    Out longs(long[] v) {
      int32(v.length);
      room(v.length * Long.BYTES);
      for (long l : v) {
        LONG.set(buf, size, l);
        size += Long.BYTES;
      }
      return this;
    }

    Out edge(Edge v) {
      bool(v != null);
      if (v != null) {
        sortKey(v.neighbor());
        int8(v.method().ordinal());
        float64(v.similarity());
        string(v.matchedBy());
      }
      return this;
    }

    Out candidate(Candidate v) {
      sortKey(v.key());
      int64(v.eventTime());
      int64(v.contentPrefix());
      bool(v.exact());
      return int32(v.firstBand());
    }

    /** A raw article field by field: cheaper than its JSON both ways, and smaller. */
    Out rawArticle(RawArticle v) {
      int32(v.schemaVersion())
          .string(v.articleId())
          .string(v.sourceId())
          .string(v.url())
          .string(v.canonicalUrl())
          .instant(v.fetchedAt())
          .instant(v.publishedAt())
          .instant(v.modifiedAt())
          .string(v.title())
          .string(v.body())
          .int32(v.authors().size());
      v.authors().forEach(this::string);
      string(v.section()).string(v.languageHint()).string(v.imageUrl());
      HttpInfo http = v.http();
      bool(http != null);
      if (http != null) {
        int32(http.status())
            .string(http.etag())
            .string(http.lastModified())
            .string(http.contentType())
            .string(http.charset());
      }
      int8(v.extractionMethod() == null ? NO_METHOD : v.extractionMethod().ordinal());
      return bool(v.removed()).string(v.html());
    }

    Out match(Match v) {
      candidate(v.candidate());
      return float64(v.similarity());
    }

    Out position(SourcePosition v) {
      string(v.topic());
      int32(v.partition());
      return int64(v.offset());
    }
  }

  /** A reader of what {@link Out} wrote. */
  static final class In {
    private final byte[] buf;
    private int at;

    In(byte[] bytes) {
      buf = bytes;
      int format = int8();
      if (format != FORMAT) {
        throw new IllegalArgumentException("unknown dedup wire format " + format);
      }
    }

    private int take(int n) {
      if (n < 0 || at + n > buf.length) {
        throw new IllegalArgumentException(
            "dedup wire record cut short: " + n + " bytes wanted at " + at + " of " + buf.length);
      }
      int from = at;
      at += n;
      return from;
    }

    int int8() {
      return buf[take(1)] & 0xff;
    }

    boolean bool() {
      return int8() != 0;
    }

    int int32() {
      return (int) INT.get(buf, take(Integer.BYTES));
    }

    long int64() {
      return (long) LONG.get(buf, take(Long.BYTES));
    }

    double float64() {
      return Double.longBitsToDouble(int64());
    }

    byte[] raw() {
      int length = int32();
      int from = take(length);
      return Arrays.copyOfRange(buf, from, from + length);
    }

    String string() {
      int length = int32();
      if (length < 0) {
        return null;
      }
      return new String(buf, take(length), length, StandardCharsets.UTF_8);
    }

    String id() {
      if (int8() == 1) {
        // HexFormat writes the string as fast as a table does (measured; it parses 4 times slower).
        int from = take(ID_BYTES);
        return HEX.formatHex(buf, from, from + ID_BYTES);
      }
      return string();
    }

    /**
     * The id of the candidate this reader holds (what {@link Out#candidate} wrote), as its encoded
     * bytes (the tag and the id), without building a string: a cheap key to tell entries apart.
     */
    byte[] candidateIdBytes() {
      if (bool()) {
        take(Long.BYTES + Integer.BYTES);
      }
      int from = at;
      if (int8() == 1) {
        take(ID_BYTES);
      } else {
        int length = int32();
        if (length > 0) {
          take(length);
        }
      }
      return Arrays.copyOfRange(buf, from, at);
    }

    Instant instant() {
      if (!bool()) {
        return null;
      }
      long seconds = int64();
      return Instant.ofEpochSecond(seconds, int32());
    }

    SortKey sortKey() {
      Instant publishedAt = instant();
      return new SortKey(publishedAt, id());
    }

    SortKey sortKeyOrNull() {
      return bool() ? sortKey() : null;
    }

    List<SortKey> sortKeys() {
      int n = int32();
      List<SortKey> v = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        v.add(sortKey());
      }
      return v;
    }

    List<String> ids() {
      int n = int32();
      List<String> v = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        v.add(id());
      }
      return v;
    }

    int[] ints() {
      int n = int32();
      int from = take(n * Integer.BYTES);
      int[] v = new int[n];
      for (int i = 0; i < n; i++) {
        v[i] = (int) INT.get(buf, from + i * Integer.BYTES);
      }
      return v;
    }

    long[] longs() {
      int n = int32();
      int from = take(n * Long.BYTES);
      long[] v = new long[n];
      for (int i = 0; i < n; i++) {
        v[i] = (long) LONG.get(buf, from + i * Long.BYTES);
      }
      return v;
    }

    Edge edge() {
      if (!bool()) {
        return null;
      }
      SortKey neighbor = sortKey();
      DuplicateMethod method = DuplicateMethod.values()[int8()];
      double similarity = float64();
      return new Edge(neighbor, method, similarity, string());
    }

    Candidate candidate() {
      SortKey key = sortKey();
      long eventTime = int64();
      long prefix = int64();
      boolean exact = bool();
      return new Candidate(key, eventTime, prefix, exact, int32());
    }

    RawArticle rawArticle() {
      int schemaVersion = int32();
      String articleId = string();
      String sourceId = string();
      String url = string();
      String canonicalUrl = string();
      Instant fetchedAt = instant();
      Instant publishedAt = instant();
      Instant modifiedAt = instant();
      String title = string();
      String body = string();
      int authorCount = int32();
      List<String> authors = new ArrayList<>(authorCount);
      for (int i = 0; i < authorCount; i++) {
        authors.add(string());
      }
      String section = string();
      String languageHint = string();
      String imageUrl = string();
      HttpInfo http = bool() ? new HttpInfo(int32(), string(), string(), string(), string()) : null;
      int method = int8();
      ExtractionMethod extractionMethod =
          method == NO_METHOD ? null : ExtractionMethod.values()[method];
      boolean removed = bool();
      return new RawArticle(
          schemaVersion,
          articleId,
          sourceId,
          url,
          canonicalUrl,
          fetchedAt,
          publishedAt,
          modifiedAt,
          title,
          body,
          authors,
          section,
          languageHint,
          imageUrl,
          http,
          extractionMethod,
          removed,
          string());
    }

    Match match() {
      Candidate candidate = candidate();
      return new Match(candidate, float64());
    }

    SourcePosition position() {
      String topic = string();
      int partition = int32();
      return new SourcePosition(topic, partition, int64());
    }
  }

  /**
   * Writes the 32 bytes of a 64-char lower-case hex id into {@code out} at {@code at}; false (with
   * {@code out} partly written) when {@code id} is not lower-case hex.
   */
  static boolean parseHexId(String id, byte[] out, int at) {
    for (int i = 0; i < ID_BYTES; i++) {
      char high = id.charAt(2 * i);
      char low = id.charAt(2 * i + 1);
      if (high >= DIGIT_VALUES.length || low >= DIGIT_VALUES.length) {
        return false;
      }
      int h = DIGIT_VALUES[high];
      int l = DIGIT_VALUES[low];
      if ((h | l) < 0) {
        return false;
      }
      out[at + i] = (byte) (h << 4 | l);
    }
    return true;
  }
}
