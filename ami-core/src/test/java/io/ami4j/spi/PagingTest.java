package io.ami4j.spi;

import static io.ami4j.Violations.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** {@link PageRequest} and {@link Page}: MaxResults 1–1000, NextToken carried from page to page. */
class PagingTest {

  @Property
  void pageSizesFrom1To1000AreAccepted(@ForAll @IntRange(min = 1, max = 1000) int size) {
    assertThat(PageRequest.ofSize(size).size()).contains(size);
  }

  @Property
  void otherPageSizesAreRejected(@ForAll @IntRange(min = -5, max = 0) int low,
      @ForAll @IntRange(min = 1001, max = 100_000) int high) {
    assertRejected(() -> PageRequest.ofSize(low), "pageSize", "between 1 and 1000");
    assertRejected(() -> PageRequest.ofSize(high), "pageSize", "between 1 and 1000");
  }

  @Example
  void theFirstPageHasNeitherSizeNorToken() {
    assertThat(PageRequest.first().size()).isEmpty();
    assertThat(PageRequest.first().token()).isEmpty();
  }

  @Example
  void theNextPageKeepsTheSizeAndCarriesTheToken() {
    PageRequest next = PageRequest.ofSize(50).next("tok-1");
    assertThat(next.size()).contains(50);
    assertThat(next.token()).contains("tok-1");
    assertThat(next.next("tok-2").token()).contains("tok-2");
    assertRejected(() -> PageRequest.first().next(null), "nextToken", "must be given");
  }

  @Example
  void anEmptyNextTokenMeansTheLastPage() {
    assertThat(Page.of(List.of("a"), "").nextToken()).isEmpty();
    assertThat(Page.of(List.of("a"), null).nextToken()).isEmpty();
    assertThat(Page.last(List.of("a")).nextToken()).isEmpty();
    assertThat(Page.of(List.of("a"), "more").nextToken()).contains("more");
  }

  @Example
  void pagesAreReadOnlyCopies() {
    List<String> items = new ArrayList<>(List.of("a", "b"));
    Page<String> page = Page.of(items, "more");
    items.add("c");
    assertThat(page.items()).containsExactly("a", "b");
    assertThatThrownBy(() -> page.items().add("d")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Example
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
