package dev.akhbar.ingest.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Which resolved addresses the fetcher may connect to. It is checked on the address itself, after
 * DNS resolution and again on every redirect, and the socket connects to exactly the address that
 * was checked, so a host name cannot be re-bound to an internal address between check and use.
 *
 * <p>Never allowed: the unspecified address ({@code 0.0.0.0}, {@code ::}), multicast and broadcast.
 * Allowed only when the configuration permits private targets: loopback ({@code 127/8}, {@code
 * ::1}), private ({@code 10/8}, {@code 172.16/12}, {@code 192.168/16}, {@code fc00::/7}),
 * link-local ({@code 169.254/16} with the cloud metadata address, {@code fe80::/10}), shared
 * address space ({@code 100.64/10}), {@code 0/8}, the benchmarking range {@code 198.18/15} and the
 * reserved {@code 240/4}. An IPv4 address mapped or embedded in IPv6 is judged as the IPv4 address.
 */
public final class AddressPolicy {

  private static final AddressPolicy PUBLIC_ONLY = new AddressPolicy(false, Set.of());
  private static final AddressPolicy PRIVATE_ALLOWED = new AddressPolicy(true, Set.of());

  private final boolean allowPrivate;
  private final Set<InetAddress> exceptions;

  private AddressPolicy(boolean allowPrivate, Set<InetAddress> exceptions) {
    this.allowPrivate = allowPrivate;
    this.exceptions = exceptions;
  }

  /**
   * This policy, also permitting exactly {@code addresses} (an intranet outlet on a known private
   * address) without opening the rest of the private ranges.
   */
  public AddressPolicy allowing(InetAddress... addresses) {
    Set<InetAddress> all = new HashSet<>(exceptions);
    all.addAll(Arrays.asList(addresses));
    return new AddressPolicy(allowPrivate, Set.copyOf(all));
  }

  /** Public internet addresses only: the default. */
  public static AddressPolicy publicOnly() {
    return PUBLIC_ONLY;
  }

  /** Loopback and private networks too: for the demo, tests and intranet sources. */
  public static AddressPolicy privateAllowed() {
    return PRIVATE_ALLOWED;
  }

  public static AddressPolicy of(boolean allowPrivate) {
    return allowPrivate ? PRIVATE_ALLOWED : PUBLIC_ONLY;
  }

  public boolean allowsPrivate() {
    return allowPrivate;
  }

  /** Whether the fetcher may connect to {@code address}. */
  public boolean permits(InetAddress address) {
    return refusal(address).isEmpty();
  }

  /** Why {@code address} is refused (for the failure message), or empty when it is permitted. */
  public Optional<String> refusal(InetAddress address) {
    if (exceptions.contains(address)) {
      return Optional.empty();
    }
    byte[] v4 = ipv4Of(address);
    String kind = v4 != null ? classifyV4(v4) : classifyV6(address.getAddress());
    if (kind == null) {
      return Optional.empty();
    }
    boolean neverAllowed =
        kind.equals("unspecified") || kind.equals("multicast") || kind.equals("broadcast");
    if (allowPrivate && !neverAllowed) {
      return Optional.empty();
    }
    return Optional.of(address.getHostAddress() + " is " + kind);
  }

  /** The IPv4 address of a v4 address, of a v4-mapped or v4-compatible v6 address, else null. */
  private static byte[] ipv4Of(InetAddress address) {
    byte[] b = address.getAddress();
    if (address instanceof Inet4Address) {
      return b;
    }
    if (address instanceof Inet6Address && b.length == 16) {
      boolean firstTenZero = true;
      for (int i = 0; i < 10; i++) {
        firstTenZero &= b[i] == 0;
      }
      boolean mapped = firstTenZero && (b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF;
      boolean compatible = firstTenZero && b[10] == 0 && b[11] == 0 && !isAllZeroOrOne(b);
      boolean nat64 = (b[0] & 0xFF) == 0x00 && (b[1] & 0xFF) == 0x64 && (b[2] & 0xFF) == 0xFF;
      if (mapped || compatible || nat64) {
        return new byte[] {b[12], b[13], b[14], b[15]};
      }
    }
    return null;
  }

  private static boolean isAllZeroOrOne(byte[] b) {
    for (int i = 0; i < 15; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return b[15] == 0 || b[15] == 1;
  }

  private static String classifyV4(byte[] b) {
    int a0 = b[0] & 0xFF;
    int a1 = b[1] & 0xFF;
    if (a0 == 0 && a1 == 0 && b[2] == 0 && b[3] == 0) {
      return "unspecified";
    }
    if (a0 == 255 && a1 == 255 && (b[2] & 0xFF) == 255 && (b[3] & 0xFF) == 255) {
      return "broadcast";
    }
    if (a0 >= 224 && a0 <= 239) {
      return "multicast";
    }
    if (a0 == 127) {
      return "loopback";
    }
    if (a0 == 10 || (a0 == 172 && a1 >= 16 && a1 <= 31) || (a0 == 192 && a1 == 168)) {
      return "private";
    }
    if (a0 == 169 && a1 == 254) {
      return "link-local";
    }
    if (a0 == 100 && a1 >= 64 && a1 <= 127) {
      return "shared address space";
    }
    if (a0 == 0) {
      return "this-network";
    }
    if (a0 == 198 && (a1 == 18 || a1 == 19)) {
      return "benchmarking";
    }
    if (a0 >= 240) {
      return "reserved";
    }
    return null;
  }

  private static String classifyV6(byte[] b) {
    boolean allZero = true;
    for (int i = 0; i < 15; i++) {
      allZero &= b[i] == 0;
    }
    if (allZero && b[15] == 0) {
      return "unspecified";
    }
    if (allZero && b[15] == 1) {
      return "loopback";
    }
    int b0 = b[0] & 0xFF;
    int b1 = b[1] & 0xFF;
    if (b0 == 0xFF) {
      return "multicast";
    }
    if (b0 == 0xFE && (b1 & 0xC0) == 0x80) {
      return "link-local";
    }
    if (b0 == 0xFE && (b1 & 0xC0) == 0xC0) {
      return "site-local";
    }
    if ((b0 & 0xFE) == 0xFC) {
      return "private";
    }
    return null;
  }
}
