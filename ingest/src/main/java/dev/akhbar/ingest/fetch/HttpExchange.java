package dev.akhbar.ingest.fetch;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.ZipException;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * One HTTP/1.1 GET over a fresh connection to an address that was already checked, with every byte
 * counted. The JDK's {@code HttpClient} resolves host names itself (so the checked address could
 * differ from the one it connects to), bounds only the wait for headers, and has no limit on header
 * or body size; this class exists to close those gaps. It speaks only what a crawler needs: {@code
 * Connection: close}, Content-Length, chunked or read-to-close bodies, gzip and deflate.
 */
final class HttpExchange {

  /** Interim (1xx) responses skipped before the final one, at most. */
  static final int MAX_INTERIM_RESPONSES = 5;

  private static final int BUFFER_BYTES = 8192;
  private static final int MAX_CHUNK_LINE_BYTES = 1024;

  private final FetchLimits limits;
  private final SSLSocketFactory tls;

  HttpExchange(FetchLimits limits, SSLSocketFactory tls) {
    this.limits = limits;
    this.tls = tls;
  }

  /**
   * Sends {@code GET uri} to {@code address} with {@code headers} and reads the response.
   *
   * @param bodyLimit the most body bytes accepted, as sent and once decompressed
   */
  WireResponse get(
      URI uri, InetAddress address, Map<String, String> headers, int bodyLimit, BodyLimit overLimit)
      throws FetchException {
    String url = uri.toString();
    long deadline = System.nanoTime() + limits.fetchTimeout().toNanos();
    boolean https = "https".equals(uri.getScheme());
    int port = uri.getPort() > 0 ? uri.getPort() : https ? 443 : 80;
    try (Socket socket = connect(url, address, port, deadline)) {
      Socket channel = https ? handshake(url, socket, uri.getHost(), port, deadline) : socket;
      OutputStream out = channel.getOutputStream();
      out.write(requestBytes(uri, headers));
      out.flush();
      DeadlineInput in = new DeadlineInput(channel, url, deadline);
      return readResponse(in, url, bodyLimit, overLimit);
    } catch (IOException e) {
      throw new FetchException(FailureKind.IO_ERROR, url, e.toString(), e);
    }
  }

  private Socket connect(String url, InetAddress address, int port, long deadline)
      throws FetchException {
    Socket socket = new Socket();
    try {
      socket.connect(
          new InetSocketAddress(address, port), timeoutMillis(limits.connectTimeout(), deadline));
      return socket;
    } catch (SocketTimeoutException e) {
      closeQuietly(socket);
      throw new FetchException(
          FailureKind.CONNECT_FAILED, url, "no connection within " + limits.connectTimeout(), e);
    } catch (ConnectException e) {
      closeQuietly(socket);
      throw new FetchException(FailureKind.CONNECT_FAILED, url, e.getMessage(), e);
    } catch (IOException e) {
      closeQuietly(socket);
      throw new FetchException(FailureKind.CONNECT_FAILED, url, e.toString(), e);
    }
  }

  private Socket handshake(String url, Socket socket, String host, int port, long deadline)
      throws FetchException {
    try {
      SSLSocket ssl = (SSLSocket) tls.createSocket(socket, host, port, true);
      SSLParameters parameters = ssl.getSSLParameters();
      parameters.setEndpointIdentificationAlgorithm("HTTPS");
      if (!isIpLiteral(host)) {
        parameters.setServerNames(List.of(new SNIHostName(host)));
      }
      ssl.setSSLParameters(parameters);
      ssl.setSoTimeout(timeoutMillis(limits.connectTimeout(), deadline));
      ssl.startHandshake();
      return ssl;
    } catch (SocketTimeoutException e) {
      throw new FetchException(
          FailureKind.CONNECT_FAILED, url, "no TLS handshake within " + limits.connectTimeout(), e);
    } catch (SSLException e) {
      throw new FetchException(FailureKind.CONNECT_FAILED, url, "TLS: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new FetchException(FailureKind.CONNECT_FAILED, url, e.toString(), e);
    }
  }

  private static byte[] requestBytes(URI uri, Map<String, String> headers) {
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    String target = uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    int port = uri.getPort();
    boolean defaultPort =
        port < 0
            || ("http".equals(uri.getScheme()) && port == 80)
            || ("https".equals(uri.getScheme()) && port == 443);
    String host = defaultPort ? uri.getHost() : uri.getHost() + ":" + port;
    StringBuilder request = new StringBuilder(256);
    request.append("GET ").append(target).append(" HTTP/1.1\r\n");
    request.append("Host: ").append(host).append("\r\n");
    headers.forEach(
        (name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
    request.append("Accept-Encoding: gzip, deflate\r\n");
    // One request per connection: politeness spaces requests to a host by a second or more, longer
    // than servers keep idle connections, so pooling would rarely pay and would add state.
    request.append("Connection: close\r\n\r\n");
    return request.toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  private WireResponse readResponse(
      DeadlineInput in, String url, int bodyLimit, BodyLimit overLimit)
      throws FetchException, IOException {
    HeaderBudget budget = new HeaderBudget(url, limits.maxHeaderBytes());
    int status;
    HttpHeaders headers;
    int interim = 0;
    while (true) {
      status = parseStatusLine(url, in.readLine(budget));
      headers = readHeaders(in, budget);
      if (status >= 200 || status == 101) {
        break;
      }
      if (++interim > MAX_INTERIM_RESPONSES) {
        throw new FetchException(FailureKind.BAD_RESPONSE, url, "too many interim responses");
      }
    }
    if (status == 101) {
      throw new FetchException(FailureKind.BAD_RESPONSE, url, "server switched protocols");
    }
    if (status == 204 || status == 304) {
      return new WireResponse(status, headers, new byte[0], 0, false);
    }
    BoundedBuffer body = new BoundedBuffer(url, bodyLimit, overLimit);
    String transferEncoding = headers.first("transfer-encoding").orElse("");
    if (transferEncoding.toLowerCase(Locale.ROOT).contains("chunked")) {
      readChunked(in, url, body, budget);
    } else if (headers.first("content-length").isPresent()) {
      long length = parseContentLength(url, headers.first("content-length").get());
      if (length > bodyLimit && overLimit == BodyLimit.FAIL) {
        throw new FetchException(
            FailureKind.TOO_LARGE,
            url,
            "Content-Length " + length + " is over the limit of " + bodyLimit + " bytes");
      }
      in.copy(body, length, true);
    } else {
      in.copy(body, Long.MAX_VALUE, false);
    }
    byte[] decoded = decode(url, headers.first("content-encoding").orElse(""), body, bodyLimit);
    boolean truncated = body.truncated() || decoded.length > bodyLimit;
    if (decoded.length > bodyLimit) {
      decoded = java.util.Arrays.copyOf(decoded, bodyLimit);
    }
    return new WireResponse(status, headers, decoded, body.size(), truncated);
  }

  private static int parseStatusLine(String url, String line) throws FetchException {
    // HTTP/1.1 200 OK
    if (!line.startsWith("HTTP/1.") || line.length() < 12 || line.charAt(8) != ' ') {
      throw new FetchException(
          FailureKind.BAD_RESPONSE, url, "not an HTTP/1.x status line: " + clip(line));
    }
    try {
      int status = Integer.parseInt(line.substring(9, 12));
      if (status < 100 || status > 599) {
        throw new NumberFormatException(String.valueOf(status));
      }
      return status;
    } catch (NumberFormatException e) {
      throw new FetchException(FailureKind.BAD_RESPONSE, url, "bad status: " + clip(line), e);
    }
  }

  private static HttpHeaders readHeaders(DeadlineInput in, HeaderBudget budget)
      throws FetchException, IOException {
    HttpHeaders.Builder headers = new HttpHeaders.Builder();
    while (true) {
      String line = in.readLine(budget);
      if (line.isEmpty()) {
        return headers.build();
      }
      int colon = line.indexOf(':');
      if (colon <= 0) {
        continue; // lenient: a malformed field is skipped, as browsers do
      }
      headers.add(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
    }
  }

  private static long parseContentLength(String url, String value) throws FetchException {
    try {
      long length = Long.parseLong(value.strip());
      if (length < 0) {
        throw new NumberFormatException(value);
      }
      return length;
    } catch (NumberFormatException e) {
      throw new FetchException(
          FailureKind.BAD_RESPONSE, url, "bad Content-Length: " + clip(value), e);
    }
  }

  private static void readChunked(
      DeadlineInput in, String url, BoundedBuffer body, HeaderBudget trailerBudget)
      throws FetchException, IOException {
    HeaderBudget chunkLines = new HeaderBudget(url, Integer.MAX_VALUE);
    while (!body.full()) {
      chunkLines.reset(MAX_CHUNK_LINE_BYTES);
      String line = in.readLine(chunkLines);
      int semicolon = line.indexOf(';');
      String hex = (semicolon >= 0 ? line.substring(0, semicolon) : line).strip();
      long size;
      try {
        size = Long.parseLong(hex, 16);
      } catch (NumberFormatException e) {
        throw new FetchException(FailureKind.BAD_RESPONSE, url, "bad chunk size: " + clip(line), e);
      }
      if (size < 0) {
        throw new FetchException(FailureKind.BAD_RESPONSE, url, "bad chunk size: " + clip(line));
      }
      if (size == 0) {
        while (!in.readLine(trailerBudget).isEmpty()) {
          // trailers are read and ignored, within the header budget
        }
        return;
      }
      in.copy(body, size, true);
      if (body.full()) {
        return;
      }
      chunkLines.reset(MAX_CHUNK_LINE_BYTES);
      if (!in.readLine(chunkLines).isEmpty()) {
        throw new FetchException(FailureKind.BAD_RESPONSE, url, "chunk not followed by CRLF");
      }
    }
  }

  private static byte[] decode(String url, String encoding, BoundedBuffer body, int limit)
      throws FetchException {
    String e = encoding.strip().toLowerCase(Locale.ROOT);
    if (e.isEmpty() || e.equals("identity")) {
      return body.toByteArray();
    }
    if (body.truncated()) {
      // A cut compressed stream cannot be decoded to its end; decode what there is.
      return inflatePrefix(url, e, body.toByteArray(), limit);
    }
    return switch (e) {
      case "gzip", "x-gzip" -> gunzip(url, body.toByteArray(), limit);
      case "deflate" -> inflate(url, body.toByteArray(), limit);
      default ->
          throw new FetchException(
              FailureKind.BAD_RESPONSE, url, "unsupported Content-Encoding: " + clip(encoding));
    };
  }

  private static byte[] inflatePrefix(String url, String encoding, byte[] data, int limit)
      throws FetchException {
    try {
      return switch (encoding) {
        case "gzip", "x-gzip" -> gunzip(url, data, limit);
        case "deflate" -> inflate(url, data, limit);
        default -> data;
      };
    } catch (FetchException e) {
      if (e.kind() == FailureKind.TOO_LARGE) {
        throw e;
      }
      return new byte[0];
    }
  }

  /** Gunzips at most {@code limit + 1} bytes: one more than the limit proves a bomb. */
  private static byte[] gunzip(String url, byte[] data, int limit) throws FetchException {
    try (GZIPInputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(data))) {
      return readAtMost(url, in, limit);
    } catch (ZipException | EOFException e) {
      throw new FetchException(FailureKind.BAD_RESPONSE, url, "bad gzip body: " + e, e);
    } catch (IOException e) {
      throw new FetchException(FailureKind.BAD_RESPONSE, url, "bad gzip body: " + e, e);
    }
  }

  /** HTTP "deflate" is meant to be zlib, but some servers send raw deflate; both are accepted. */
  private static byte[] inflate(String url, byte[] data, int limit) throws FetchException {
    boolean zlib =
        data.length >= 2
            && (data[0] & 0x0F) == 8
            && ((data[0] & 0xFF) << 8 | (data[1] & 0xFF)) % 31 == 0;
    Inflater inflater = new Inflater(!zlib);
    try {
      inflater.setInput(data);
      ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(limit, data.length * 4 + 16));
      byte[] buffer = new byte[BUFFER_BYTES];
      while (!inflater.finished()) {
        int n = inflater.inflate(buffer);
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          break;
        }
        out.write(buffer, 0, n);
        if (out.size() > limit) {
          throw tooLargeDecoded(url, limit);
        }
      }
      return out.toByteArray();
    } catch (DataFormatException e) {
      throw new FetchException(FailureKind.BAD_RESPONSE, url, "bad deflate body: " + e, e);
    } finally {
      inflater.end();
    }
  }

  private static byte[] readAtMost(String url, InputStream in, int limit)
      throws IOException, FetchException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(BUFFER_BYTES);
    byte[] buffer = new byte[BUFFER_BYTES];
    int n;
    while ((n = in.read(buffer)) > 0) {
      out.write(buffer, 0, n);
      if (out.size() > limit) {
        throw tooLargeDecoded(url, limit);
      }
    }
    return out.toByteArray();
  }

  private static FetchException tooLargeDecoded(String url, int limit) {
    return new FetchException(
        FailureKind.TOO_LARGE, url, "decompressed body is over the limit of " + limit + " bytes");
  }

  private static int timeoutMillis(java.time.Duration timeout, long deadline) {
    long remaining = (deadline - System.nanoTime()) / 1_000_000;
    return (int) Math.max(1, Math.min(timeout.toMillis(), Math.min(remaining, Integer.MAX_VALUE)));
  }

  private static boolean isIpLiteral(String host) {
    return host.startsWith("[") || host.chars().allMatch(c -> c == '.' || (c >= '0' && c <= '9'));
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // nothing was sent yet; the failure reported is the connect failure
    }
  }

  static String clip(String s) {
    return s.length() <= 120 ? s : s.substring(0, 120) + "…";
  }

  /** Bytes left for the status line and header fields. */
  private static final class HeaderBudget {
    private final String url;
    private long remaining;

    HeaderBudget(String url, long bytes) {
      this.url = url;
      this.remaining = bytes;
    }

    void reset(long bytes) {
      remaining = bytes;
    }

    void spend(String url) throws FetchException {
      if (--remaining < 0) {
        throw new FetchException(
            FailureKind.HEADERS_TOO_LARGE, url, "status line and headers over their byte limit");
      }
    }
  }

  /** The body so far, refusing or cutting what goes over the limit. */
  private static final class BoundedBuffer extends ByteArrayOutputStream {
    private final String url;
    private final int limit;
    private final BodyLimit overLimit;
    private boolean truncated;

    BoundedBuffer(String url, int limit, BodyLimit overLimit) {
      super(Math.min(limit, 64 * 1024));
      this.url = url;
      this.limit = limit;
      this.overLimit = overLimit;
    }

    /** Appends; returns false once the buffer is full (a cut body) so the reader stops. */
    boolean append(byte[] b, int off, int len) throws FetchException {
      if (count + len > limit) {
        if (overLimit == BodyLimit.FAIL) {
          throw new FetchException(
              FailureKind.TOO_LARGE, url, "body is over the limit of " + limit + " bytes");
        }
        write(b, off, limit - count);
        truncated = true;
        return false;
      }
      write(b, off, len);
      return true;
    }

    boolean full() {
      return truncated;
    }

    boolean truncated() {
      return truncated;
    }
  }

  /**
   * The socket's input with a buffer, a read time-out per read and a deadline for the whole
   * exchange, so that a server trickling one byte at a time is cut off all the same.
   */
  private final class DeadlineInput {
    private final Socket socket;
    private final InputStream in;
    private final String url;
    private final long deadline;
    private final byte[] buffer = new byte[BUFFER_BYTES];
    private int position;
    private int limit;

    DeadlineInput(Socket socket, String url, long deadline) throws IOException {
      this.socket = socket;
      this.in = socket.getInputStream();
      this.url = url;
      this.deadline = deadline;
    }

    /** Refills the buffer; false at the end of the stream. */
    private boolean fill() throws FetchException, IOException {
      if (System.nanoTime() - deadline >= 0) {
        throw new FetchException(
            FailureKind.TIMEOUT, url, "exchange took longer than " + limits.fetchTimeout());
      }
      socket.setSoTimeout(timeoutMillis(limits.readTimeout(), deadline));
      int n;
      try {
        n = in.read(buffer, 0, buffer.length);
      } catch (SocketTimeoutException e) {
        boolean pastDeadline = System.nanoTime() - deadline >= 0;
        throw new FetchException(
            FailureKind.TIMEOUT,
            url,
            pastDeadline
                ? "exchange took longer than " + limits.fetchTimeout()
                : "no data for " + limits.readTimeout(),
            e);
      }
      if (n <= 0) {
        return false;
      }
      position = 0;
      limit = n;
      return true;
    }

    /** A line without its CR LF (or bare LF), each byte charged to {@code budget}. */
    String readLine(HeaderBudget budget) throws FetchException, IOException {
      StringBuilder line = new StringBuilder(64);
      while (true) {
        if (position == limit && !fill()) {
          throw new FetchException(FailureKind.BAD_RESPONSE, url, "connection closed mid-header");
        }
        int b = buffer[position++] & 0xFF;
        budget.spend(url);
        if (b == '\n') {
          int end = line.length();
          if (end > 0 && line.charAt(end - 1) == '\r') {
            line.setLength(end - 1);
          }
          return line.toString();
        }
        line.append((char) b);
      }
    }

    /**
     * Copies up to {@code length} bytes into {@code body}; when {@code exact}, a shorter stream is
     * a broken response.
     */
    void copy(BoundedBuffer body, long length, boolean exact) throws FetchException, IOException {
      long left = length;
      while (left > 0) {
        if (position == limit && !fill()) {
          if (exact) {
            throw new FetchException(
                FailureKind.BAD_RESPONSE, url, "connection closed " + left + " bytes early");
          }
          return;
        }
        int n = (int) Math.min(left, limit - position);
        boolean more = body.append(buffer, position, n);
        position += n;
        left -= n;
        if (!more) {
          return;
        }
      }
    }
  }
}
