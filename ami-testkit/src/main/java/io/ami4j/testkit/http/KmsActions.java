package io.ami4j.testkit.http;

import io.ami4j.AmiException;
import io.ami4j.AmiNotFoundException;
import io.ami4j.AmiValidationException;
import io.ami4j.model.KmsKey;
import io.ami4j.model.KmsKeyDescription;
import io.ami4j.spi.AmiProvider;
import io.ami4j.spi.Call;
import io.ami4j.spi.Ec2Errors;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * KMS's JSON protocol ({@code X-Amz-Target: TrentService.*}) for DescribeKey, the one KMS call
 * ami4j makes: {@code {"KeyId": …}} in, {@code {"KeyMetadata": {…}}} out, with the members of the
 * KMS model ({@code KeyId}, {@code Arn}, {@code AWSAccountId}, {@code KeyManager}, {@code KeyState}, …).
 */
final class KmsActions {
  /** The target prefix of KMS's operations. */
  static final String TARGET_PREFIX = "TrentService.";

  private KmsActions() {}

  /**
   * Serves one KMS operation.
   *
   * @param operation e.g. {@code DescribeKey}
   * @param request the parsed JSON body
   * @param caller the caller
   * @param provider the caller's provider
   * @return the JSON answer as maps and lists
   */
  static Map<String, Object> handle(String operation, Map<String, Object> request, Caller caller,
      AmiProvider provider) {
    if (!operation.equals("DescribeKey")) {
      throw AmiValidationException.answered("UnknownOperationException",
          "Unknown operation " + TARGET_PREFIX + operation, null);
    }
    Object keyId = request.get("KeyId");
    if (!(keyId instanceof String keyText) || keyText.isEmpty()) {
      throw AmiValidationException.answered("ValidationException", "1 validation error detected: Value at"
          + " 'keyId' failed to satisfy constraint: Member must not be null", null);
    }
    KmsKey key;
    try {
      key = KmsKey.of((String) keyId);
    } catch (AmiException e) {
      throw new AmiNotFoundException(Ec2Errors.KMS_NOT_FOUND, "Invalid keyId '" + keyId + "'", null);
    }
    KmsKeyDescription d = provider.describeKey(Call.in(caller.region()), key);
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("AWSAccountId", d.arn().value().split(":", 6)[4]);
    meta.put("KeyId", d.keyId());
    meta.put("Arn", d.arn().value());
    meta.put("Enabled", d.keyState().map("Enabled"::equals).orElse(true));
    meta.put("Description", d.isAwsManaged() ? "Default key that protects my EBS volumes when no other key is defined" : "");
    meta.put("KeyUsage", "ENCRYPT_DECRYPT");
    d.keyState().ifPresent(s -> meta.put("KeyState", s));
    meta.put("Origin", "AWS_KMS");
    meta.put("KeyManager", d.keyManager().wireValue());
    meta.put("CustomerMasterKeySpec", "SYMMETRIC_DEFAULT");
    meta.put("KeySpec", "SYMMETRIC_DEFAULT");
    meta.put("EncryptionAlgorithms", List.of("SYMMETRIC_DEFAULT"));
    meta.put("MultiRegion", d.keyId().startsWith("mrk-"));
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("KeyMetadata", meta);
    return answer;
  }
}
