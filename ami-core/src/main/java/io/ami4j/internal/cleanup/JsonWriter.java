package io.ami4j.internal.cleanup;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small streaming JSON writer for plans and reports: objects, arrays, strings, numbers,
 * booleans and nulls, with RFC 8259 string escaping and two-space indentation. ami4j adds no JSON
 * library to its users' class path for this.
 *
 * <pre>{@code
 * String json = new JsonWriter().beginObject().name("image").value("ami-1").endObject().toString();
 * }</pre>
 */
public final class JsonWriter {
  private final StringBuilder out = new StringBuilder();
  /** Per open container: whether it has an element yet. */
  private final Deque<boolean[]> open = new ArrayDeque<>();
  private boolean afterName;

  /** An empty document. */
  public JsonWriter() {}

  /** Opens an object. */
  public JsonWriter beginObject() {
    element();
    out.append('{');
    open.push(new boolean[1]);
    return this;
  }

  /** Closes the innermost object. */
  public JsonWriter endObject() {
    return close('}');
  }

  /** Opens an array. */
  public JsonWriter beginArray() {
    element();
    out.append('[');
    open.push(new boolean[1]);
    return this;
  }

  /** Closes the innermost array. */
  public JsonWriter endArray() {
    return close(']');
  }

  /**
   * Writes a member name; the next value is its value.
   *
   * @param name the name
   * @return this writer
   */
  public JsonWriter name(String name) {
    element();
    string(name);
    out.append(": ");
    afterName = true;
    return this;
  }

  /**
   * Writes a string, or {@code null}.
   *
   * @param value the value
   * @return this writer
   */
  public JsonWriter value(String value) {
    element();
    if (value == null) {
      out.append("null");
    } else {
      string(value);
    }
    return this;
  }

  /**
   * Writes a number.
   *
   * @param value the value
   * @return this writer
   */
  public JsonWriter value(long value) {
    element();
    out.append(value);
    return this;
  }

  /**
   * Writes a boolean.
   *
   * @param value the value
   * @return this writer
   */
  public JsonWriter value(boolean value) {
    element();
    out.append(value);
    return this;
  }

  /**
   * Writes a member with a string value (or {@code null}).
   *
   * @param name the name
   * @param value the value
   * @return this writer
   */
  public JsonWriter member(String name, String value) {
    return name(name).value(value);
  }

  /**
   * Writes a member with a number value.
   *
   * @param name the name
   * @param value the value
   * @return this writer
   */
  public JsonWriter member(String name, long value) {
    return name(name).value(value);
  }

  /** The document written so far. */
  @Override
  public String toString() {
    return out.toString();
  }

  private JsonWriter close(char c) {
    boolean[] state = open.pop();
    if (state[0]) {
      newline();
    }
    out.append(c);
    return this;
  }

  /** Puts the separator and indentation before an element, unless it is a member's value. */
  private void element() {
    if (afterName) {
      afterName = false;
      return;
    }
    boolean[] state = open.peek();
    if (state == null) {
      return;
    }
    if (state[0]) {
      out.append(',');
    }
    state[0] = true;
    newline();
  }

  private void newline() {
    out.append('\n');
    for (int i = 0; i < open.size(); i++) {
      out.append("  ");
    }
  }

  private void string(String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          out.append("\\r");
          break;
        case '\t':
          out.append("\\t");
          break;
        case '\b':
          out.append("\\b");
          break;
        case '\f':
          out.append("\\f");
          break;
        default:
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    out.append('"');
  }
}
