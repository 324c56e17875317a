package dev.akhbar.ingest.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A socket-level server for hostile answers that a real HTTP server would not give: it reads the
 * request head and hands the raw output stream to a script. Every script stops by itself (a bound
 * on bytes or time), so no test leaves a thread running.
 */
public final class RawServer implements AutoCloseable {

  /** Writes whatever it likes to the connection; robots.txt is answered 404 before it. */
  @FunctionalInterface
  public interface Script {
    void answer(OutputStream out) throws IOException, InterruptedException;
  }

  private static final byte[] NO_ROBOTS =
      ascii("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");

  private final ServerSocket socket;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final AtomicInteger connections = new AtomicInteger();

  public RawServer(Script script) {
    try {
      socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    executor.submit(
        () -> {
          while (!socket.isClosed()) {
            Socket s;
            try {
              s = socket.accept();
            } catch (IOException e) {
              return;
            }
            connections.incrementAndGet();
            executor.submit(() -> serve(s, script));
          }
        });
  }

  private static void serve(Socket s, Script script) {
    try (s) {
      String head = readHead(s.getInputStream());
      if (head.startsWith("GET /robots.txt ")) {
        s.getOutputStream().write(NO_ROBOTS);
        return;
      }
      script.answer(s.getOutputStream());
    } catch (IOException e) {
      // the client hung up, which is what a bounded fetcher does
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String readHead(InputStream in) throws IOException {
    StringBuilder head = new StringBuilder();
    int matched = 0;
    int b;
    byte[] end = "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
    while (matched < 4 && (b = in.read()) >= 0) {
      head.append((char) b);
      matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
    }
    return head.toString();
  }

  public String url(String path) {
    return "http://127.0.0.1:" + socket.getLocalPort() + path;
  }

  public int connections() {
    return connections.get();
  }

  public static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException ignored) {
      // closing anyway
    }
    executor.shutdownNow();
  }
}
