package io.ami4j.spi;

import static io.ami4j.Violations.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ami4j.gen.Cases;
import io.ami4j.gen.ReportSeed;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link PageRequest} and {@link Page}: MaxResults 1–1000, NextToken carried from page to page. */
@ExtendWith(ReportSeed.class)
class PagingTest {

  static Stream<Arguments> sizesInside() {
    return Cases.of(g -> g.between(1, 1000));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 999, 1000})
  @MethodSource("sizesInside")
  void pageSizesFrom1To1000AreAccepted(int size) {
    assertThat(PageRequest.ofSize(size).size()).contains(size);
  }

  static Stream<Arguments> sizesOutside() {
    return Cases.of(g -> g.bool() ? g.between(-5, 0) : g.between(1001, 100_000));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1001, -1, Integer.MIN_VALUE, Integer.MAX_VALUE})
  @MethodSource("sizesOutside")
  void otherPageSizesAreRejected(int size) {
    assertRejected(() -> PageRequest.ofSize(size), "pageSize", "between 1 and 1000");
  }

  @Test
  void theFirstPageHasNeitherSizeNorToken() {
    assertThat(PageRequest.first().size()).isEmpty();
    assertThat(PageRequest.first().token()).isEmpty();
  }

  @Test
  void theNextPageKeepsTheSizeAndCarriesTheToken() {
    PageRequest next = PageRequest.ofSize(50).next("tok-1");
    assertThat(next.size()).contains(50);
    assertThat(next.token()).contains("tok-1");
    assertThat(next.next("tok-2").token()).contains("tok-2");
    assertRejected(() -> PageRequest.first().next(null), "nextToken", "must be given");
  }

  @Test
  void anEmptyNextTokenMeansTheLastPage() {
    assertThat(Page.of(List.of("a"), "").nextToken()).isEmpty();
    assertThat(Page.of(List.of("a"), null).nextToken()).isEmpty();
    assertThat(Page.last(List.of("a")).nextToken()).isEmpty();
    assertThat(Page.of(List.of("a"), "more").nextToken()).contains("more");
  }

  @Test
  void pagesAreReadOnlyCopies() {
    List<String> items = new ArrayList<>(List.of("a", "b"));
    Page<String> page = Page.of(items, "more");
    items.add("c");
    assertThat(page.items()).containsExactly("a", "b");
    assertThatThrownBy(() -> page.items().add("d")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void walkingTokensVisitsEveryItemOnce() {
    // a listing of 7 items served 3 at a time, as a provider pages DescribeImages
    List<Integer> all = List.of(1, 2, 3, 4, 5, 6, 7);
    List<Integer> seen = new ArrayList<>();
    PageRequest request = PageRequest.ofSize(3);
    while (true) {
      int from = request.token().map(Integer::parseInt).orElse(0);
      int to = Math.min(all.size(), from + request.size().orElseThrow());
      Page<Integer> page = to < all.size() ? Page.of(all.subList(from, to), String.valueOf(to))
          : Page.last(all.subList(from, to));
      seen.addAll(page.items());
      if (page.nextToken().isEmpty()) {
        break;
      }
      request = request.next(page.nextToken().get());
    }
    assertThat(seen).containsExactlyElementsOf(all);
  }
}
