package io.ami4j.internal.cleanup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The hand-written JSON writer: structure, separators, indentation and string escaping. */
class JsonWriterTest {

  @Test
  void writesNestedObjectsAndArraysWithEscapedStrings() {
    String json = new JsonWriter().beginObject()
        .member("name", "web \"golden\"\\1\n\tend\u0001")
        .member("count", 2)
        .name("ok").value(true)
        .name("none").value((String) null)
        .name("list").beginArray().value("a").beginObject().member("k", "v").endObject().endArray()
        .name("empty").beginArray().endArray()
        .endObject().toString();

    assertThat(json).isEqualTo("{\n"
        + "  \"name\": \"web \\\"golden\\\"\\\\1\\n\\tend\\u0001\",\n"
        + "  \"count\": 2,\n"
        + "  \"ok\": true,\n"
        + "  \"none\": null,\n"
        + "  \"list\": [\n"
        + "    \"a\",\n"
        + "    {\n"
        + "      \"k\": \"v\"\n"
        + "    }\n"
        + "  ],\n"
        + "  \"empty\": []\n"
        + "}");
  }
}
