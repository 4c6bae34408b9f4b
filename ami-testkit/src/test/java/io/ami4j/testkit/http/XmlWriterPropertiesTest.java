package io.ami4j.testkit.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.ami4j.testkit.SeededCases;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;

/** Whatever text a user puts in a name, description or tag, a client's XML parser reads it back. */
class XmlWriterPropertiesTest {

  /**
   * Empty text, XML's specials, line ends, unpaired surrogates and control characters beside a
   * kept pair, the non-characters; then random text.
   */
  static Stream<Arguments> texts() {
    Stream<Arguments> edges = Stream.of("", "<&>\"'", "]]>", "a\r\nb", "a\rb", "\t\n", "a\uD800b\uDC00c\u0007\uD83D\uDE00",
        "\uD800", "\uDC00", "\uFFFE\uFFFF", "\u0000").map(t -> Arguments.of("listed", t));
    return Stream.concat(edges, SeededCases.of(300, r -> new Object[] {SeededCases.anyText(r, 100)}));
  }

  @ParameterizedTest
  @MethodSource("texts")
  void anyTextSurvivesAnXmlParser(String origin, String text) throws Exception {
    XmlWriter x = new XmlWriter();
    x.root("DescribeImagesResponse", Ec2Endpoint.EC2_NAMESPACE).element("description", text).end();
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Element root = f.newDocumentBuilder()
        .parse(new ByteArrayInputStream(x.toXml().getBytes(StandardCharsets.UTF_8))).getDocumentElement();
    String read = root.getElementsByTagName("description").item(0).getTextContent();
    assertThat(read).as("%s case", origin).isEqualTo(expected(text));
  }

  /** XML 1.0 cannot carry most control characters or unpaired surrogates; the writer replaces them. */
  private static String expected(String text) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        b.append(c).append(text.charAt(++i));
        continue;
      }
      boolean control = c < 0x20 && c != '\t' && c != '\n' && c != '\r';
      b.append(control || c == 0xFFFE || c == 0xFFFF || Character.isSurrogate(c) ? '\uFFFD' : c);
    }
    // An XML parser normalises line ends: CR LF and lone CR become LF.
    return b.toString().replace("\r\n", "\n").replace('\r', '\n');
  }
}
