package io.ami4j.model;

import io.ami4j.internal.validate.Check;
import io.ami4j.internal.validate.Rules;
import java.util.Map;

/** EC2's tag rules: at most 50 per resource, key 1–128 characters not starting {@code aws:}, value 0–256. */
public final class Tags {
  private Tags() {}

  /**
   * Checks one tag.
   *
   * @param key the key
   * @param value the value
   * @throws io.ami4j.AmiValidationException naming the rule broken
   */
  public static void checkTag(String key, String value) {
    checkTagKey(key);
    Check.notNull("tag value", value);
    Check.that(value.length() <= Rules.TAG_VALUE_MAX, "tag value", value,
        "must be at most " + Rules.TAG_VALUE_MAX + " characters");
  }

  /**
   * Checks a tag key, as CreateTags and DeleteTags take it: given, 1 to 128 characters, not
   * starting {@code aws:} (EC2 refuses to change AWS's own tags).
   *
   * @param key the key
   * @return {@code key}
   * @throws io.ami4j.AmiValidationException naming the rule broken
   */
  public static String checkTagKey(String key) {
    Check.notNull("tag key", key);
    Check.that(!key.isEmpty() && key.length() <= Rules.TAG_KEY_MAX, "tag key", key,
        "must be 1 to " + Rules.TAG_KEY_MAX + " characters");
    Check.that(!key.toLowerCase(java.util.Locale.ROOT).startsWith("aws:"), "tag key", key,
        "must not start with 'aws:' (reserved for AWS)");
    return key;
  }

  /**
   * Checks a set of tags meant for one resource.
   *
   * @param tags the tags
   * @return {@code tags}
   * @throws io.ami4j.AmiValidationException naming the rule broken
   */
  public static Map<String, String> check(Map<String, String> tags) {
    Check.notNull("tags", tags);
    Check.that(tags.size() <= Rules.TAGS_MAX, "tags", tags.size() + " tags",
        "must be at most " + Rules.TAGS_MAX + " per resource");
    tags.forEach(Tags::checkTag);
    return tags;
  }
}
