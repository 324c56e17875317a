package dev.akhbar.ingest.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** Turns a host name into addresses. Tests give one that maps made-up names to loopback. */
@FunctionalInterface
public interface HostResolver {

  /** Every address of {@code host}, or an {@link UnknownHostException}. */
  List<InetAddress> resolve(String host) throws UnknownHostException;

  /** The system resolver ({@link InetAddress#getAllByName}). */
  static HostResolver system() {
    return host -> List.of(InetAddress.getAllByName(host));
  }
}
