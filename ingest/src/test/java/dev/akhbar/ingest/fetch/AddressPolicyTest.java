package dev.akhbar.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The address table of SSRF protection: what is refused by default, and what never is allowed. */
class AddressPolicyTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          127.0.0.1         | loopback
          127.255.0.9       | loopback
          ::1               | loopback
          ::ffff:127.0.0.1  | loopback
          10.1.2.3          | private
          172.16.0.1        | private
          172.31.255.255    | private
          192.168.1.1       | private
          fd12:3456::1      | private
          169.254.169.254   | link-local
          ::ffff:169.254.169.254 | link-local
          169.254.0.1       | link-local
          fe80::1           | link-local
          100.64.0.1        | shared
          198.18.0.1        | benchmark
          240.0.0.1         | reserved
          """)
  void privateLoopbackLinkLocalAndMetadataAddressesAreRefusedUnlessAllowed(
      String address, String kind) throws UnknownHostException {
    InetAddress a = InetAddress.getByName(address);

    assertThat(AddressPolicy.publicOnly().refusal(a))
        .hasValueSatisfying(m -> assertThat(m).contains(kind));
    assertThat(AddressPolicy.privateAllowed().permits(a)).isTrue();
  }

  @ParameterizedTest(name = "{0} is never allowed")
  @CsvSource({"0.0.0.0", "::", "255.255.255.255", "224.0.0.1", "ff02::1"})
  void unspecifiedMulticastAndBroadcastAreNeverAllowed(String address) throws UnknownHostException {
    InetAddress a = InetAddress.getByName(address);

    assertThat(AddressPolicy.publicOnly().permits(a)).isFalse();
    assertThat(AddressPolicy.privateAllowed().permits(a)).isFalse();
  }

  @ParameterizedTest(name = "{0} is public")
  @CsvSource({"93.184.216.34", "8.8.8.8", "2606:4700::1111", "172.32.0.1", "192.169.0.1"})
  void publicAddressesArePermitted(String address) throws UnknownHostException {
    assertThat(AddressPolicy.publicOnly().permits(InetAddress.getByName(address))).isTrue();
  }

  @ParameterizedTest(name = "only {0} of the private ranges")
  @CsvSource({"10.0.0.7"})
  void anExceptionOpensOneAddressNotItsRange(String address) throws UnknownHostException {
    AddressPolicy policy = AddressPolicy.publicOnly().allowing(InetAddress.getByName(address));

    assertThat(policy.permits(InetAddress.getByName(address))).isTrue();
    assertThat(policy.permits(InetAddress.getByName("10.0.0.8"))).isFalse();
  }
}
