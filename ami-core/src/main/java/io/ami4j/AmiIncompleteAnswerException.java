package io.ami4j;

import java.util.List;

/**
 * The backend answered items ami4j could not read (no id, or a required field missing or
 * unreadable), so the answer is shorter than what the backend holds. ami4j fails a listing, a
 * cleanup plan or a wait on such an answer at once, naming the items, rather than work on part of
 * it: a plan that misses images or a wait that never sees its image is worse than an error. A value
 * ami4j does not know never causes this: items keep such values (see {@code unknownValues()} on
 * the model types). Not retryable: the same answer would come again.
 */
public class AmiIncompleteAnswerException extends AmiException {
  /** The error code. */
  public static final String CODE = "ami4j.IncompleteAnswer";

  private final List<String> unmapped;

  /**
   * Creates the exception.
   *
   * @param what what was asked, e.g. {@code DescribeImages}
   * @param unmapped the items that could not be read, each as "kind id: reason"
   */
  public AmiIncompleteAnswerException(String what, List<String> unmapped) {
    super(CODE, what + " answered " + unmapped.size() + " item(s) ami4j could not read, so its answer is"
        + " incomplete: " + String.join("; ", unmapped), null, false, null);
    this.unmapped = List.copyOf(unmapped);
  }

  /** The items that could not be read, each as "kind id: reason". */
  public List<String> unmapped() {
    return unmapped;
  }
}
