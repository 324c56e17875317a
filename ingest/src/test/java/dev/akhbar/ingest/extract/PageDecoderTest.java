package dev.akhbar.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PageDecoderTest {

  private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
  private final PageDecoder decoder = PageDecoder.defaults();

  @Test
  void theHttpHeaderComesFirst() {
    byte[] body = "<meta charset=iso-8859-6><p>نص</p>".getBytes(WINDOWS_1256);

    PageDecoder.Decoded d =
        decoder.decode(body, Optional.of("windows-1256"), StandardCharsets.UTF_8);

    assertThat(d.origin()).isEqualTo(PageDecoder.Origin.HEADER);
    assertThat(d.text()).contains("نص");
  }

  @Test
  void aByteOrderMarkComesBeforeTheMetaTag() {
    byte[] text = "<meta charset=windows-1256><p>نص</p>".getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[text.length + 3];
    body[0] = (byte) 0xEF;
    body[1] = (byte) 0xBB;
    body[2] = (byte) 0xBF;
    System.arraycopy(text, 0, body, 3, text.length);

    PageDecoder.Decoded d = decoder.decode(body, Optional.empty(), WINDOWS_1256);

    assertThat(d.origin()).isEqualTo(PageDecoder.Origin.BOM);
    assertThat(d.text()).startsWith("<meta").contains("نص");
  }

  @Test
  void aWindows1256PageWithItsMetaTagAfterALongScriptIsReadAsArabic() {
    byte[] body = Fixtures.bytes("windows-1256-article.html");

    PageDecoder.Decoded d = decoder.decode(body, Optional.empty(), StandardCharsets.ISO_8859_1);

    assertThat(d.origin()).isEqualTo(PageDecoder.Origin.META);
    assertThat(d.charset()).isEqualTo(WINDOWS_1256);
    assertThat(d.text()).contains("تشغيل خط حافلات جديد بين عمّان والزرقاء");
  }

  @Test
  void theMetaTagIsFoundOnlyWithinTheScanLimit() {
    byte[] body = Fixtures.bytes("windows-1256-article.html");

    PageDecoder.Decoded d =
        new PageDecoder(1024).decode(body, Optional.empty(), StandardCharsets.ISO_8859_1);

    assertThat(d.origin()).isEqualTo(PageDecoder.Origin.DEFAULT);
  }

  @Test
  void anIso88596PageIsReadAsArabic() {
    PageDecoder.Decoded d =
        decoder.decode(
            Fixtures.bytes("iso-8859-6-article.html"), Optional.empty(), StandardCharsets.UTF_8);

    assertThat(d.charset().name()).isEqualTo("ISO-8859-6");
    assertThat(d.text()).contains("افتتاح مكتبة عامة في طرابلس");
  }

  @Test
  void undeclaredBytesAreUtf8WhenValidElseTheFallback() {
    byte[] utf8 = "<p>خبر</p>".getBytes(StandardCharsets.UTF_8);
    byte[] legacy = "<p>خبر</p>".getBytes(WINDOWS_1256);

    assertThat(decoder.decode(utf8, Optional.empty(), WINDOWS_1256).text()).isEqualTo("<p>خبر</p>");
    assertThat(decoder.decode(legacy, Optional.empty(), WINDOWS_1256).text())
        .isEqualTo("<p>خبر</p>");
  }

  @Test
  void anUnknownHeaderCharsetIsIgnored() {
    byte[] body = "<meta charset=\"utf-8\"><p>خبر</p>".getBytes(StandardCharsets.UTF_8);

    PageDecoder.Decoded d = decoder.decode(body, Optional.of("x-no-such-charset"), WINDOWS_1256);

    assertThat(d.origin()).isEqualTo(PageDecoder.Origin.META);
    assertThat(d.text()).contains("خبر");
  }
}
