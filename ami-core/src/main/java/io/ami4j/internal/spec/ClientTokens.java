package io.ami4j.internal.spec;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * Deterministic idempotency tokens: the same request (same source, region, name and parameters)
 * always gets the same token, so a retried CopyImage — even from a restarted process — never makes
 * a second image.
 */
public final class ClientTokens {
  private ClientTokens() {}

  /**
   * A token for a request.
   *
   * @param kind the action, e.g. {@code CopyImage}
   * @param parts what identifies the request, in a fixed order
   * @return 64 hexadecimal characters (EC2 allows at most 64)
   */
  public static String of(String kind, Map<String, ?> parts) {
    StringBuilder text = new StringBuilder(kind);
    new TreeMap<>(parts).forEach((k, v) -> text.append('\n').append(k).append('=').append(v));
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }
}
