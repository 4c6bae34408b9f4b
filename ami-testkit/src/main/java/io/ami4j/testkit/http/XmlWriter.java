package io.ami4j.testkit.http;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Writes the small, namespace-light XML documents that EC2 and STS answer with. Text is escaped;
 * characters XML 1.0 cannot carry are replaced, since a client's parser would reject the whole
 * answer for one stray control character in a user's description.
 */
final class XmlWriter {
  private final StringBuilder out = new StringBuilder(512);
  private final Deque<String> open = new ArrayDeque<>();

  XmlWriter() {
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
  }

  /** Opens the document's root element in {@code namespace}. */
  XmlWriter root(String name, String namespace) {
    out.append('<').append(name).append(" xmlns=\"").append(escape(namespace)).append("\">");
    open.push(name);
    return this;
  }

  /** Opens an element. */
  XmlWriter start(String name) {
    out.append('<').append(name).append('>');
    open.push(name);
    return this;
  }

  /** Closes the innermost open element. */
  XmlWriter end() {
    out.append("</").append(open.pop()).append('>');
    return this;
  }

  /** Writes {@code <name>value</name>}; nothing when {@code value} is {@code null}. */
  XmlWriter element(String name, Object value) {
    if (value != null) {
      out.append('<').append(name).append('>').append(escape(String.valueOf(value)))
          .append("</").append(name).append('>');
    }
    return this;
  }

  /** The document; every element must be closed. */
  String toXml() {
    if (!open.isEmpty()) {
      throw new IllegalStateException("unclosed elements: " + open);
    }
    return out.toString();
  }

  static String escape(String text) {
    StringBuilder b = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&':
          b.append("&amp;");
          break;
        case '<':
          b.append("&lt;");
          break;
        case '>':
          b.append("&gt;");
          break;
        case '"':
          b.append("&quot;");
          break;
        case '\'':
          b.append("&apos;");
          break;
        default:
          if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
            b.append(c).append(text.charAt(++i));
          } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF
              || Character.isSurrogate(c)) {
            b.append('\uFFFD');
          } else {
            b.append(c);
          }
      }
    }
    return b.toString();
  }
}
