package io.ami4j.examples.readme;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles README blocks in memory against the test class path: a whole compilation unit as it
 * stands, statements inside a method of a class that extends {@link ReadmeContext} (the names the
 * README's fragments use) with the imports a reader of README has.
 */
final class SnippetCompiler {
  static final String PACKAGE = "readme";

  /** The imports every statement block is compiled with. */
  static final List<String> IMPORTS = List.of(
      "io.ami4j.*", "io.ami4j.bake.*", "io.ami4j.cleanup.*", "io.ami4j.model.*", "io.ami4j.spi.*", "io.ami4j.aws.*",
      "io.ami4j.testkit.*", "io.ami4j.testkit.fault.*", "io.ami4j.testkit.time.*",
      "io.ami4j.testkit.http.*", "io.ami4j.testkit.junit.*", "io.ami4j.testkit.assertions.*", "io.ami4j.testkit.contract.*",
      "io.ami4j.micrometer.*",
      "org.junit.jupiter.api.*", "java.time.*", "java.util.*", "java.util.function.*", "java.net.*",
      "software.amazon.awssdk.services.ec2.Ec2Client", "software.amazon.awssdk.auth.credentials.AwsBasicCredentials",
      "software.amazon.awssdk.auth.credentials.StaticCredentialsProvider",
      "software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider");

  private static String imports() {
    return IMPORTS.stream().map(i -> "import " + i + ";").collect(Collectors.joining("\n"))
        + "\nimport static io.ami4j.testkit.assertions.AmiAssertions.*;\n";
  }

  private static final Pattern TYPE = Pattern.compile(
      "^(?:public\\s+|final\\s+|abstract\\s+)*(?:class|record|interface|enum)\\s+(\\w+)", Pattern.MULTILINE);

  /** The outcome of one compilation. */
  record Result(boolean ok, String errors, String className, Map<String, byte[]> classes, String source) {
    ClassLoader loader() {
      return new ClassLoader(SnippetCompiler.class.getClassLoader()) {
        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
          byte[] bytes = classes.get(name);
          if (bytes == null) {
            throw new ClassNotFoundException(name);
          }
          return defineClass(name, bytes, 0, bytes.length);
        }
      };
    }
  }

  private SnippetCompiler() {}

  static Result compile(Snippet snippet) {
    String className;
    String source;
    if (snippet.isCompilationUnit()) {
      Matcher m = TYPE.matcher(snippet.code());
      if (!m.find()) {
        throw new IllegalArgumentException(snippet + ": a compilation unit without a type");
      }
      className = m.group(1);
      String code = snippet.code();
      // A type shown without its imports gets the ones every statement block has.
      String body = code.contains("import ") ? code : imports() + code;
      source = code.contains("package ") ? code : "package " + PACKAGE + ";\n" + body;
    } else {
      className = "Snippet" + snippet.line();
      source = "package " + PACKAGE + ";\n" + snippet.imports() + imports()
          + "class " + className + " extends " + ReadmeContext.class.getName() + " {\n"
          + "  void snippet() throws Exception {\n" + snippet.body() + "\n  }\n}\n";
    }
    return compile(className, source);
  }

  static Result compile(String className, String source) {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    if (compiler == null) {
      throw new IllegalStateException("no Java compiler in this runtime: run the tests on a JDK");
    }
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Map<String, byte[]> classes = new HashMap<>();
    StandardJavaFileManager standard = compiler.getStandardFileManager(diagnostics, Locale.ROOT,
        StandardCharsets.UTF_8);
    JavaFileManager files = new ForwardingJavaFileManager<>(standard) {
      @Override
      public JavaFileObject getJavaFileForOutput(Location location, String name, JavaFileObject.Kind kind,
          FileObject sibling) {
        return new SimpleJavaFileObject(URI.create("mem:///" + name.replace('.', '/') + kind.extension), kind) {
          @Override
          public OutputStream openOutputStream() {
            return new ByteArrayOutputStream() {
              @Override
              public void close() {
                classes.put(name, toByteArray());
              }
            };
          }
        };
      }
    };
    JavaFileObject unit = new SimpleJavaFileObject(
        URI.create("string:///" + PACKAGE + "/" + className + ".java"), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return source;
      }
    };
    List<String> options = List.of("-classpath", classPath(), "-proc:none", "-Xlint:none", "-nowarn");
    boolean ok = compiler.getTask(null, files, diagnostics, options, null, List.of(unit)).call();
    String errors = diagnostics.getDiagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .map(d -> "line " + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
        .collect(Collectors.joining("\n"));
    String qualified = source.contains("package " + PACKAGE + ";") ? PACKAGE + "." + className : className;
    return new Result(ok, errors, qualified, classes, source);
  }

  /** The test class path: surefire passes it in a property when it runs from a manifest-only jar. */
  private static String classPath() {
    String cp = System.getProperty("surefire.test.class.path");
    return cp != null && !cp.isBlank() ? cp : System.getProperty("java.class.path", "") + File.pathSeparator;
  }
}
