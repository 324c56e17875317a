package dev.akhbar.samplesite;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntSupplier;

/**
 * Answers the requests of one outlet from its {@link SiteContent}, in the site's current edition:
 * GET and HEAD, the manifest's status and content type, validators on every page, 304 to a matching
 * conditional GET, 404 for what is not (or no longer) there.
 */
final class OutletHandler implements HttpHandler {

  private static final System.Logger LOG = System.getLogger(OutletHandler.class.getName());

  /** The value of the {@code Server} header, so that a log shows where an answer came from. */
  static final String SERVER_NAME = "akhbar-sample-site";

  private final String outletId;
  private final SiteContent content;
  private final IntSupplier edition;
  private final Consumer<ServedRequest> log;

  OutletHandler(
      String outletId, SiteContent content, IntSupplier edition, Consumer<ServedRequest> log) {
    this.outletId = outletId;
    this.content = content;
    this.edition = edition;
    this.log = log;
  }

  @Override
  public void handle(HttpExchange exchange) {
    long started = System.nanoTime();
    String method = exchange.getRequestMethod();
    String path = exchange.getRequestURI().getPath();
    Headers request = exchange.getRequestHeaders();
    String ifNoneMatch = request.getFirst("If-None-Match");
    String ifModifiedSince = request.getFirst("If-Modified-Since");
    int status = 500;
    try {
      status = respond(exchange, method, path, ifNoneMatch, ifModifiedSince);
    } catch (IOException e) {
      // The client went away mid-response; it will see that on its side.
      LOG.log(System.Logger.Level.DEBUG, "response to " + outletId + path + " cut short", e);
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "failed to serve " + outletId + path, e);
      trySend(exchange, 500);
    } finally {
      exchange.close();
      log.accept(
          new ServedRequest(
              outletId,
              method,
              path,
              exchange.getRequestURI().getRawQuery(),
              request.getFirst("User-Agent"),
              ifNoneMatch != null || ifModifiedSince != null,
              status,
              started,
              System.nanoTime()));
    }
  }

  private int respond(
      HttpExchange exchange, String method, String path, String ifNoneMatch, String ifModifiedSince)
      throws IOException {
    Headers response = exchange.getResponseHeaders();
    response.set("Server", SERVER_NAME);
    boolean head = "HEAD".equals(method);
    if (!head && !"GET".equals(method)) {
      response.set("Allow", "GET, HEAD");
      exchange.sendResponseHeaders(405, -1);
      return 405;
    }
    Optional<PageSpec> page = content.page(path);
    Optional<PageVersion> version = page.flatMap(p -> content.versionAt(p, edition.getAsInt()));
    if (version.isEmpty()) {
      return send(exchange, head, 404, "text/html; charset=utf-8", SiteContent.notFoundPage());
    }
    PageVersion served = version.get();
    int status = page.get().status();
    response.set("ETag", served.etag());
    response.set("Last-Modified", ConditionalRequest.httpDate(served.lastModified()));
    if (status == 200 && ConditionalRequest.notModified(ifNoneMatch, ifModifiedSince, served)) {
      exchange.sendResponseHeaders(304, -1);
      return 304;
    }
    return send(exchange, head, status, page.get().effectiveContentType(), served.body());
  }

  private static int send(
      HttpExchange exchange, boolean head, int status, String contentType, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", contentType);
    if (head) {
      exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
      exchange.sendResponseHeaders(status, -1);
      return status;
    }
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
    return status;
  }

  private static void trySend(HttpExchange exchange, int status) {
    try {
      exchange.sendResponseHeaders(status, -1);
    } catch (IOException | RuntimeException e) {
      // Headers were already sent; closing the exchange is all that is left.
      LOG.log(System.Logger.Level.DEBUG, "could not send " + status, e);
    }
  }
}
