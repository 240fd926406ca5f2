package org.sitrep.app.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
  final TextDecoder decoder = new TextDecoder(1000);

  @Test
  void acceptsUtf8TextAndDropsByteOrderMark() {
    TextDecoder.Result r =
        decoder.decode("\uFEFFDeir ez-Zor — 2018".getBytes(StandardCharsets.UTF_8));
    assertThat(r.isFailure()).isFalse();
    assertThat(r.text()).isEqualTo("Deir ez-Zor — 2018");
  }

  @Test
  void refusesEmptyBinaryInvalidAndOversizedInputWithReasons() {
    assertThat(decoder.decode(new byte[0]).failure()).startsWith("empty");
    assertThat(decoder.decode("  \n ".getBytes(StandardCharsets.UTF_8)).failure())
        .startsWith("empty");
    assertThat(decoder.decode(new byte[] {'a', 0, 'b'}).failure()).startsWith("binary");
    assertThat(decoder.decode(new byte[] {'a', (byte) 0xC3, (byte) 0x28}).failure())
        .startsWith("not UTF-8");
    assertThat(decoder.decode(new byte[1001]).failure()).startsWith("too large");
    byte[] control = new byte[100];
    java.util.Arrays.fill(control, (byte) 1);
    assertThat(decoder.decode(control).failure()).startsWith("binary");
  }
}
