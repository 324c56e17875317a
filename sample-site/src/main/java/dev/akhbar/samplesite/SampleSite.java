package dev.akhbar.samplesite;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * The bundled sample news site: one HTTP server per fictional outlet on 127.0.0.1, each on a free
 * port, so that robots.txt and politeness are per host as on the real web. It serves the files
 * under {@value #RESOURCE_ROOT} as the {@link Manifest} describes them, in one edition at a time.
 *
 * <pre>{@code
 * try (SampleSite site = SampleSite.start()) {
 *   for (Outlet outlet : site.outlets()) { ... outlet.feedUrls() ... }
 *   site.advanceToEdition(2);   // an update, a new article, a removal
 *   site.requestCount("mashriq", "/robots.txt");
 * }
 * }</pre>
 *
 * <p>Every page carries {@code ETag} and {@code Last-Modified}; a matching conditional GET gets
 * 304. A file may hold {@code {{site}}} (the outlet's own base URL) and {@code {{site:ID}}}
 * (another outlet's); both are replaced when the site starts. Bytes are served as stored, so a
 * windows-1256 page stays windows-1256.
 */
public final class SampleSite implements AutoCloseable {

  /** Where the site's files and manifest live on the class path. */
  public static final String RESOURCE_ROOT = "/sample-site/";

  /** The address every outlet listens on. */
  public static final String HOST = "127.0.0.1";

  /**
   * Worker threads per outlet. More than one, so that a client that opens several connections to
   * one host at once is seen doing it in {@link #requests()}.
   */
  public static final int THREADS_PER_OUTLET = 4;

  /** Connections the kernel queues per outlet before the server accepts them. */
  private static final int BACKLOG_CONNECTIONS = 16;

  private final Manifest manifest;
  private final Map<String, Outlet> outlets;
  private final List<HttpServer> servers;
  private final List<ExecutorService> executors;
  private final AtomicInteger edition = new AtomicInteger(1);
  private final AtomicBoolean closed = new AtomicBoolean();
  private final ConcurrentLinkedQueue<ServedRequest> requests = new ConcurrentLinkedQueue<>();

  private SampleSite(Manifest manifest) {
    this.manifest = manifest;
    this.outlets = new LinkedHashMap<>();
    this.servers = new ArrayList<>();
    this.executors = new ArrayList<>();
  }

  /** Starts every outlet of the bundled manifest, in edition 1. */
  public static SampleSite start() {
    return start(Manifest.load());
  }

  /** Starts every outlet of {@code manifest}, whose files are on the class path, in edition 1. */
  public static SampleSite start(Manifest manifest) {
    return start(manifest, 0);
  }

  /**
   * Starts every outlet on consecutive ports from {@code firstPort}, so that the site's URLs (and
   * so the article ids) are the same from one run to the next; 0 picks free ports.
   *
   * @throws java.io.UncheckedIOException when a port is taken
   */
  public static SampleSite start(Manifest manifest, int firstPort) {
    Objects.requireNonNull(manifest, "manifest");
    if (firstPort < 0 || firstPort + manifest.outlets().size() > 65_536) {
      throw new IllegalArgumentException("firstPort out of range: " + firstPort);
    }
    SampleSite site = new SampleSite(manifest);
    try {
      site.bindAndServe(firstPort);
      return site;
    } catch (RuntimeException e) {
      site.close();
      throw e;
    }
  }

  private void bindAndServe(int firstPort) {
    // Every port must be known before any file is read: a file may name another outlet's URL.
    Map<String, URI> baseUrls = new LinkedHashMap<>();
    int next = firstPort;
    for (OutletSpec spec : manifest.outlets()) {
      HttpServer server = bind(next);
      next = firstPort == 0 ? 0 : next + 1;
      servers.add(server);
      URI base = URI.create("http://" + HOST + ":" + server.getAddress().getPort());
      baseUrls.put(spec.id(), base);
      outlets.put(spec.id(), new Outlet(spec, base));
    }
    for (int i = 0; i < servers.size(); i++) {
      String id = manifest.outlets().get(i).id();
      SiteContent content = SiteContent.load(manifest, id, baseUrls);
      HttpServer server = servers.get(i);
      server.createContext("/", new OutletHandler(id, content, edition::get, requests::add));
      ExecutorService executor = Executors.newFixedThreadPool(THREADS_PER_OUTLET, threads(id));
      executors.add(executor);
      server.setExecutor(executor);
    }
    servers.forEach(HttpServer::start);
  }

  private static HttpServer bind(int port) {
    try {
      return HttpServer.create(new InetSocketAddress(HOST, port), BACKLOG_CONNECTIONS);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot listen on " + HOST + ":" + port + ": " + e.getMessage(), e);
    }
  }

  private static ThreadFactory threads(String outletId) {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "sample-site-" + outletId + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  /** The outlets, in the manifest's order. */
  public List<Outlet> outlets() {
    return List.copyOf(outlets.values());
  }

  /** The outlet with this id; an unknown id is a mistake in the caller. */
  public Outlet outlet(String id) {
    Outlet outlet = outlets.get(id);
    if (outlet == null) {
      throw new IllegalArgumentException("no outlet " + id + "; there are " + outlets.keySet());
    }
    return outlet;
  }

  /** The absolute URL of a page, as a client would request it. */
  public URI url(PageRef page) {
    return outlet(page.outlet()).url(page.path());
  }

  public Manifest manifest() {
    return manifest;
  }

  /** The edition now served. */
  public int edition() {
    return edition.get();
  }

  /**
   * Serves {@code next} from now on. Editions only move forward, as a real site's do.
   *
   * @throws IllegalArgumentException when {@code next} is before the current edition or after the
   *     manifest's last
   */
  public void advanceToEdition(int next) {
    if (next < 1 || next > manifest.lastEdition()) {
      throw new IllegalArgumentException(
          "edition must be between 1 and " + manifest.lastEdition() + ": " + next);
    }
    int current = edition.getAndUpdate(now -> Math.max(now, next));
    if (next < current) {
      throw new IllegalArgumentException(
          "editions only move forward: now " + current + ", asked " + next);
    }
  }

  /** Every request answered so far, in the order they finished. */
  public List<ServedRequest> requests() {
    return List.copyOf(requests);
  }

  /** The requests answered so far for one outlet, in the order they finished. */
  public List<ServedRequest> requests(String outletId) {
    outlet(outletId);
    return requests.stream()
        .filter(r -> r.outlet().equals(outletId))
        .collect(Collectors.toUnmodifiableList());
  }

  /** How many requests (any method, any status) asked for this decoded path of this outlet. */
  public int requestCount(String outletId, String path) {
    outlet(outletId);
    return (int)
        requests.stream().filter(r -> r.outlet().equals(outletId) && r.path().equals(path)).count();
  }

  /** Forgets the requests answered so far, so that a test can count from here. */
  public void clearRequests() {
    requests.clear();
  }

  /** Stops every server at once and releases their threads; closing again does nothing. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    servers.forEach(server -> server.stop(0));
    executors.forEach(ExecutorService::shutdownNow);
  }

  /**
   * Serves the site until the process is stopped, for browsing it by hand: prints each outlet's
   * URLs. An argument {@code 2} serves edition 2.
   */
  public static void main(String[] args) throws InterruptedException {
    int wanted = args.length > 0 ? Integer.parseInt(args[0]) : 1;
    SampleSite site = start();
    site.advanceToEdition(wanted);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  site.close();
                  stopped.countDown();
                },
                "sample-site-shutdown"));
    System.out.println("sample site, edition " + site.edition() + ":");
    for (Outlet outlet : site.outlets()) {
      System.out.printf(
          "  %-10s %s  %s%n    feeds %s%n    sitemaps %s%n",
          outlet.id(), outlet.homeUrl(), outlet.nameAr(), outlet.feedUrls(), outlet.sitemapUrls());
    }
    stopped.await();
  }

  /** The outlets' base URLs by id, for logs. */
  @Override
  public String toString() {
    Map<String, URI> bases = new LinkedHashMap<>();
    outlets.forEach((id, outlet) -> bases.put(id, outlet.baseUrl()));
    return "SampleSite" + Collections.unmodifiableMap(bases) + " edition " + edition.get();
  }
}
