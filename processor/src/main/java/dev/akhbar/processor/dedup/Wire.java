package dev.akhbar.processor.dedup;

import dev.akhbar.common.record.DuplicateMethod;
import dev.akhbar.processor.flow.SourcePosition;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The compact binary form of dedup's internal messages and state: article ids as their 32 bytes,
 * times as seconds and nanos. Internal topics and stores carry millions of these, so JSON's size
 * and cost are not worth it here. Every encoding starts with a format byte for future changes.
 */
final class Wire {

  static final int FORMAT = 1;

  private static final int HEX_ID_LENGTH = 64;
  private static final HexFormat HEX = HexFormat.of();

  private Wire() {}

  /** A writer into a growing buffer. */
  static final class Out {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
    private final DataOutputStream out = new DataOutputStream(bytes);

    Out() {
      int8(FORMAT);
    }

    byte[] toBytes() {
      return bytes.toByteArray();
    }

    Out int8(int v) {
      try {
        out.writeByte(v);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return this;
    }

    Out bool(boolean v) {
      return int8(v ? 1 : 0);
    }

    Out int32(int v) {
      try {
        out.writeInt(v);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return this;
    }

    Out int64(long v) {
      try {
        out.writeLong(v);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return this;
    }

    Out float64(double v) {
      try {
        out.writeDouble(v);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return this;
    }

    Out raw(byte[] v) {
      int32(v.length);
      try {
        out.write(v);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return this;
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
      if (id.length() == HEX_ID_LENGTH && isLowerHex(id)) {
        int8(1);
        try {
          out.write(HEX.parseHex(id));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        return this;
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
      for (int i : v) {
        int32(i);
      }
      return this;
    }

    Out longs(long[] v) {
      int32(v.length);
      for (long l : v) {
        int64(l);
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
      int64(v.contentPrefix());
      bool(v.exact());
      return int32(v.firstBand());
    }

    Out position(SourcePosition v) {
      string(v.topic());
      int32(v.partition());
      return int64(v.offset());
    }
  }

  /** A reader of what {@link Out} wrote. */
  static final class In {
    private final DataInputStream in;

    In(byte[] bytes) {
      in = new DataInputStream(new ByteArrayInputStream(bytes));
      int format = int8();
      if (format != FORMAT) {
        throw new IllegalArgumentException("unknown dedup wire format " + format);
      }
    }

    int int8() {
      try {
        return in.readUnsignedByte();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    boolean bool() {
      return int8() != 0;
    }

    int int32() {
      try {
        return in.readInt();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    long int64() {
      try {
        return in.readLong();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    double float64() {
      try {
        return in.readDouble();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    byte[] raw() {
      int length = int32();
      byte[] v = new byte[length];
      try {
        in.readFully(v);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return v;
    }

    String string() {
      try {
        int length = in.readInt();
        if (length < 0) {
          return null;
        }
        byte[] v = new byte[length];
        in.readFully(v);
        return new String(v, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    String id() {
      if (int8() == 1) {
        byte[] v = new byte[HEX_ID_LENGTH / 2];
        try {
          in.readFully(v);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        return HEX.formatHex(v);
      }
      return string();
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
      int[] v = new int[int32()];
      for (int i = 0; i < v.length; i++) {
        v[i] = int32();
      }
      return v;
    }

    long[] longs() {
      long[] v = new long[int32()];
      for (int i = 0; i < v.length; i++) {
        v[i] = int64();
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
      long prefix = int64();
      boolean exact = bool();
      return new Candidate(key, prefix, exact, int32());
    }

    SourcePosition position() {
      String topic = string();
      int partition = int32();
      return new SourcePosition(topic, partition, int64());
    }
  }

  private static boolean isLowerHex(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
        return false;
      }
    }
    return true;
  }
}
