package io.ami4j.examples.readme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the fenced {@code java} blocks of the repository's README.md. */
final class ReadmeSnippets {
  private ReadmeSnippets() {}

  /** README.md at the repository root (tests run in the examples module's directory). */
  static Path readme() {
    Path here = Path.of("").toAbsolutePath();
    for (Path p = here; p != null; p = p.getParent()) {
      Path candidate = p.resolve("README.md");
      if (Files.isRegularFile(candidate) && Files.isDirectory(p.resolve("ami-core"))) {
        return candidate;
      }
    }
    throw new IllegalStateException("README.md of the repository not found above " + here);
  }

  static List<Snippet> all() {
    try {
      return parse(Files.readAllLines(readme()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The one block marked {@code <!-- name -->} directly above its fence. */
  static Snippet marked(String name) {
    List<Snippet> found = all().stream().filter(s -> s.marker().equals(name)).toList();
    if (found.size() != 1) {
      throw new IllegalStateException("expected one README block marked <!-- " + name + " -->, found "
          + found.size());
    }
    return found.get(0);
  }

  static List<Snippet> parse(List<String> lines) {
    List<Snippet> out = new ArrayList<>();
    String heading = "";
    String previous = "";
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith("#")) {
        heading = line.replaceFirst("^#+\\s*", "");
      }
      if (line.strip().equals("```java")) {
        String marker = previous.strip().matches("<!--\\s*[\\w-]+\\s*-->")
            ? previous.strip().replaceAll("<!--\\s*|\\s*-->", "") : "";
        StringBuilder code = new StringBuilder();
        int start = i + 2;
        for (i++; i < lines.size() && !lines.get(i).strip().equals("```"); i++) {
          code.append(lines.get(i)).append('\n');
        }
        out.add(new Snippet(start, heading, marker, code.toString()));
      }
      if (!line.isBlank()) {
        previous = line;
      }
    }
    return out;
  }
}
