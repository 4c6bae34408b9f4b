package io.ami4j.testkit.internal.world;

import io.ami4j.spi.Page;
import io.ami4j.spi.PageRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Cuts a listing into pages. The token carries the offset and the listing's name, so a token of
 * one listing is refused by another, as EC2 refuses it.
 */
final class Paging {
  private Paging() {}

  static <T> Page<T> page(World world, String listing, List<T> all, PageRequest request, int defaultSize) {
    int from = request.token().map(t -> decode(world, listing, t)).orElse(0);
    if (from > all.size()) {
      throw world.error("InvalidParameterValue", "The token '" + request.token().get() + "' is invalid");
    }
    int size = request.size().orElse(defaultSize);
    int to = (int) Math.min((long) from + size, all.size());
    String next = to < all.size() ? encode(listing, to) : null;
    return Page.of(all.subList(from, to), next);
  }

  private static String encode(String listing, int offset) {
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString((listing + ":" + offset).getBytes(StandardCharsets.UTF_8));
  }

  private static int decode(World world, String listing, String token) {
    try {
      String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      int colon = text.lastIndexOf(':');
      if (colon > 0 && text.substring(0, colon).equals(listing)) {
        return Integer.parseInt(text.substring(colon + 1));
      }
    } catch (IllegalArgumentException e) {
      // fall through: EC2 answers a malformed token like an unknown one
    }
    throw world.error("InvalidParameterValue", "The token '" + token + "' is invalid");
  }
}
