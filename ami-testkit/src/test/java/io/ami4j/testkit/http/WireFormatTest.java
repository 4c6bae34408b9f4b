package io.ami4j.testkit.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ami4j.AmiNotFoundException;
import io.ami4j.AmiThrottledException;
import io.ami4j.AmiValidationException;
import io.ami4j.model.ImageId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The small wire pieces: form parsing, credential scopes, XML escaping, JSON, error mapping. */
class WireFormatTest {

  @Test
  void formParametersAreDecodedAndFlattenedListsRead() {
    QueryRequest q = QueryRequest.parse("Action=DescribeImages&Owner.1=self&Owner.2=amazon"
        + "&Filter.1.Name=name&Filter.1.Value.1=web%2A+prod&DryRun=true");
    assertThat(q.action()).hasValue("DescribeImages");
    assertThat(q.list("Owner")).containsExactly("self", "amazon");
    assertThat(q.structs("Filter")).containsExactly("Filter.1");
    assertThat(q.list("Filter.1.Value")).containsExactly("web* prod");
    assertThat(q.flag("DryRun", false)).isTrue();
    assertThat(q.namesRead()).contains("Owner.1", "Owner.2", "Owner.3", "DryRun");
  }

  @Test
  void theBodyWinsOverTheQueryString() {
    QueryRequest q = QueryRequest.parse("Action=DescribeImages&MaxResults=5", "MaxResults=7");
    assertThat(q.integer("MaxResults")).hasValue(7);
    assertThat(q.action()).hasValue("DescribeImages");
  }

  @Test
  void badValuesAnswerEc2Codes() {
    QueryRequest q = QueryRequest.parse("DryRun=maybe&MaxResults=many");
    assertThatThrownBy(() -> q.flag("DryRun", false)).isInstanceOf(AmiValidationException.class)
        .extracting(e -> ((AmiValidationException) e).errorCode()).isEqualTo("InvalidParameterValue");
    assertThatThrownBy(() -> q.integer("MaxResults")).hasMessageContaining("MaxResults");
    assertThatThrownBy(() -> q.required("ImageId"))
        .extracting(e -> ((AmiValidationException) e).errorCode()).isEqualTo("MissingParameter");
  }

  @Test
  void theCredentialScopeNamesAccountAndRegion() {
    Caller partner = Caller.from("AWS4-HMAC-SHA256 Credential=123456789012/20261127/eu-west-1/ec2/aws4_request, "
        + "SignedHeaders=host, Signature=abc", null);
    assertThat(partner.account().value()).isEqualTo("123456789012");
    assertThat(partner.region().name()).isEqualTo("eu-west-1");

    Caller other = Caller.from("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261127/ap-south-1/ssm/aws4_request", null);
    assertThat(other.account()).isEqualTo(Caller.DEFAULT_ACCOUNT);
    assertThat(other.region().name()).isEqualTo("ap-south-1");

    Caller presigned = Caller.from(null, "210987654321/20261127/us-west-2/ec2/aws4_request");
    assertThat(presigned.account().value()).isEqualTo("210987654321");
    assertThat(presigned.region().name()).isEqualTo("us-west-2");

    Caller unsigned = Caller.from(null, null);
    assertThat(unsigned.account()).isEqualTo(Caller.DEFAULT_ACCOUNT);
    assertThat(unsigned.region()).isEqualTo(Caller.DEFAULT_REGION);
  }

  @Test
  void xmlTextIsEscapedAndControlCharactersReplaced() {
    XmlWriter x = new XmlWriter();
    x.root("R", "urn:x").element("d", "a<b & 'c' \"d\" > e\u0001").element("none", null).end();
    assertThat(x.toXml()).endsWith("<R xmlns=\"urn:x\"><d>a&lt;b &amp; &apos;c&apos; &quot;d&quot; &gt; e\uFFFD</d></R>");
  }

  @Test
  void jsonRoundTrips() {
    Object parsed = Json.parse("{\"Names\":[\"/a\",\"/b\\u0041\"],\"Recursive\":true,\"MaxResults\":10,\"X\":null}");
    @SuppressWarnings("unchecked")
    Map<String, Object> m = (Map<String, Object>) parsed;
    assertThat(m.get("Names")).isEqualTo(List.of("/a", "/bA"));
    assertThat(m.get("Recursive")).isEqualTo(true);
    assertThat(m.get("MaxResults")).isEqualTo(10.0);
    assertThat(m).containsKey("X");
    assertThat(Json.write(Map.of("message", "line\n\"quoted\""))).isEqualTo("{\"message\":\"line\\u000a\\\"quoted\\\"\"}");
    assertThatThrownBy(() -> Json.parse("{\"a\":")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void exceptionsBecomeEc2Errors() {
    WireError notFound = WireError.from(new AmiNotFoundException("InvalidAMIID.NotFound", "gone", "req-1"));
    assertThat(notFound.code()).isEqualTo("InvalidAMIID.NotFound");
    assertThat(notFound.message()).isEqualTo("gone");
    assertThat(notFound.httpStatus()).isEqualTo(400);

    assertThat(WireError.from(new AmiThrottledException("RequestLimitExceeded", "slow down", null)).code())
        .isEqualTo("RequestLimitExceeded");
    assertThat(WireError.from(new io.ami4j.AmiBackendException("Unavailable", "try later", null)).httpStatus())
        .isEqualTo(503);

    AmiValidationException badId = new AmiValidationException("imageId", (Object) "ami-1", "must be ami- and hex");
    assertThat(WireError.from(badId).code()).isEqualTo("InvalidAMIID.Malformed");
    AmiValidationException badName = new AmiValidationException("name", (Object) "x", "must be 3 to 128 characters");
    assertThat(WireError.from(badName).code()).isEqualTo("InvalidAMIName.Malformed");
    assertThat(WireError.from(catchValidation(() -> ImageId.of("ami-1"))).code())
        .isEqualTo("InvalidAMIID.Malformed");

    WireError bug = WireError.from(new NullPointerException("oops"));
    assertThat(bug.code()).isEqualTo("InternalError");
    assertThat(bug.httpStatus()).isEqualTo(500);
    assertThat(bug.ec2Xml("rid")).contains("<Response><Errors><Error><Code>InternalError</Code>")
        .endsWith("<RequestID>rid</RequestID></Response>");
  }

  private static AmiValidationException catchValidation(Runnable r) {
    try {
      r.run();
    } catch (AmiValidationException e) {
      return e;
    }
    throw new AssertionError("no validation error");
  }
}
