package dev.akhbar.ingest.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes a page's bytes to text. The character set comes from, in this order: the HTTP {@code
 * Content-Type} charset; a byte order mark; a {@code <meta charset>}, {@code <meta http-equiv
 * content="…; charset=…">} or XML declaration in the first {@link #DEFAULT_META_SCAN_BYTES} bytes;
 * else UTF-8 when the bytes are valid UTF-8, else the source's fallback (windows-1256 for Arabic
 * sites, the most common legacy encoding). A BOM of the chosen charset is dropped from the text.
 */
public final class PageDecoder {

  /**
   * How far into the page to look for the meta tag: 64 KiB. The HTML standard's pre-scan reads 1024
   * bytes, but Arabic sites often put long inline scripts and styles first, and a crawler that
   * looked at too little decoded their windows-1256 pages as Latin-1.
   */
  public static final int DEFAULT_META_SCAN_BYTES = 64 * 1024;

  /** The legacy encoding assumed for Arabic pages that declare nothing and are not UTF-8. */
  public static final Charset ARABIC_FALLBACK = Charset.forName("windows-1256");

  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([a-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);

  private static final Pattern XML_ENCODING =
      Pattern.compile(
          "^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([a-z0-9_.\\-]+)", Pattern.CASE_INSENSITIVE);

  private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);

  /** Where the character set came from. */
  public enum Origin {
    HEADER,
    BOM,
    META,
    DEFAULT
  }

  /** The text, the charset that decoded it and where that charset came from. */
  public record Decoded(String text, Charset charset, Origin origin) {}

  private final int metaScanBytes;

  public PageDecoder(int metaScanBytes) {
    if (metaScanBytes < 1024) {
      throw new IllegalArgumentException(
          "metaScanBytes must be at least 1024, got " + metaScanBytes);
    }
    this.metaScanBytes = metaScanBytes;
  }

  public static PageDecoder defaults() {
    return new PageDecoder(DEFAULT_META_SCAN_BYTES);
  }

  /**
   * Decodes {@code body}.
   *
   * @param headerCharset the charset parameter of the HTTP Content-Type, if any
   * @param fallback the charset for undeclared bytes that are not valid UTF-8
   */
  public Decoded decode(byte[] body, Optional<String> headerCharset, Charset fallback) {
    Optional<Charset> fromHeader = headerCharset.flatMap(PageDecoder::charsetNamed);
    if (fromHeader.isPresent()) {
      return new Decoded(decodeWithout(body, fromHeader.get()), fromHeader.get(), Origin.HEADER);
    }
    Optional<Charset> fromBom = bom(body);
    if (fromBom.isPresent()) {
      return new Decoded(decodeWithout(body, fromBom.get()), fromBom.get(), Origin.BOM);
    }
    Optional<Charset> fromMeta = declared(body);
    if (fromMeta.isPresent()) {
      return new Decoded(decodeWithout(body, fromMeta.get()), fromMeta.get(), Origin.META);
    }
    Charset guess = isUtf8(body) ? StandardCharsets.UTF_8 : fallback;
    return new Decoded(decodeWithout(body, guess), guess, Origin.DEFAULT);
  }

  /** The charset a page declares in its first bytes, if any it declares is supported. */
  Optional<Charset> declared(byte[] body) {
    String head =
        new String(body, 0, Math.min(body.length, metaScanBytes), StandardCharsets.ISO_8859_1);
    Matcher xml = XML_ENCODING.matcher(head);
    if (xml.find()) {
      Optional<Charset> c = charsetNamed(xml.group(1));
      if (c.isPresent()) {
        return c;
      }
    }
    Matcher meta = META_CHARSET.matcher(COMMENT.matcher(head).replaceAll(""));
    while (meta.find()) {
      Optional<Charset> c = charsetNamed(meta.group(1));
      if (c.isPresent()) {
        // A page read as ASCII bytes cannot be UTF-16 (HTML standard: treat as UTF-8).
        return c.get().name().startsWith("UTF-16") ? Optional.of(StandardCharsets.UTF_8) : c;
      }
    }
    return Optional.empty();
  }

  private static Optional<Charset> bom(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return Optional.of(StandardCharsets.UTF_8);
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return Optional.of(StandardCharsets.UTF_16BE);
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return Optional.of(StandardCharsets.UTF_16LE);
    }
    return Optional.empty();
  }

  /** A supported charset by name, with the labels browsers accept and Java spells otherwise. */
  static Optional<Charset> charsetNamed(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    if (n.startsWith("\"") || n.startsWith("'")) {
      n = n.substring(1);
    }
    n =
        switch (n) {
          case "utf8" -> "utf-8";
          case "cp1256", "windows1256", "win-1256", "x-cp1256" -> "windows-1256";
          case "arabic", "iso_8859-6", "iso8859-6", "iso-ir-127", "asmo-708", "ecma-114" ->
              "iso-8859-6";
          default -> n;
        };
    try {
      return Charset.isSupported(n) ? Optional.of(Charset.forName(n)) : Optional.empty();
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty();
    }
  }

  private static String decodeWithout(byte[] body, Charset charset) {
    String text = new String(body, charset);
    return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
  }

  private static boolean isUtf8(byte[] body) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
