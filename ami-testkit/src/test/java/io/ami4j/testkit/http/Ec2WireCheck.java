package io.ami4j.testkit.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Checks the fake's wire against the EC2 service model (ec2-subset.json): every element an
 * answer holds must exist under that name and nesting in the action's output shape, and every
 * parameter the endpoint reads must be a member of the action's input shape, spelled as the EC2
 * protocol spells it ({@code queryName}, else {@code locationName} capitalised, else the member
 * name; lists flattened with {@code .N}).
 */
final class Ec2WireCheck {
  /** Parameters of the Query protocol itself, not of any action. */
  private static final Set<String> PROTOCOL = Set.of("Action", "Version", "X-Amz-Credential");

  private final Map<String, Object> operations;
  private final Map<String, Object> shapes;

  private Ec2WireCheck(Map<String, Object> model) {
    this.operations = map(model.get("operations"));
    this.shapes = map(model.get("shapes"));
  }

  /** Loads the model extract from the test resources. */
  static Ec2WireCheck load() {
    try (InputStream in = Ec2WireCheck.class.getResourceAsStream("/aws-models/ec2-subset.json")) {
      return new Ec2WireCheck(map(Json.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object o) {
    return (Map<String, Object>) o;
  }

  boolean knows(String action) {
    return operations.containsKey(action);
  }

  /** Where a successful answer strays from the action's output shape (empty: it does not). */
  List<String> answerViolations(String action, String xml) {
    List<String> problems = new ArrayList<>();
    Element root = parse(xml);
    if (!root.getTagName().equals(action + "Response")) {
      problems.add(action + ": root element <" + root.getTagName() + "> is not <" + action + "Response>");
      return problems;
    }
    if (!Ec2Endpoint.EC2_NAMESPACE.equals(root.getNamespaceURI())) {
      problems.add(action + ": namespace " + root.getNamespaceURI() + " is not EC2's");
    }
    Map<String, Object> op = map(operations.get(action));
    Object output = op.get("output");
    for (Element child : children(root)) {
      if (child.getTagName().equals("requestId")) {
        continue;
      }
      if (output == null) {
        problems.add(action + ": <" + child.getTagName() + "> but the action has no output shape");
        continue;
      }
      walkStructure(action, map(output).get("shape").toString(), child, action + "Response", problems);
    }
    return problems;
  }

  private void walkStructure(String action, String shapeName, Element element, String path, List<String> problems) {
    Map<String, Object> shape = map(shapes.get(shapeName));
    Map<String, Object> members = map(shape.get("members"));
    String name = element.getTagName();
    for (Map.Entry<String, Object> m : members.entrySet()) {
      Map<String, Object> member = map(m.getValue());
      String wire = member.containsKey("locationName") ? member.get("locationName").toString() : m.getKey();
      if (wire.equals(name)) {
        walkValue(action, member.get("shape").toString(), element, path + "/" + name, problems);
        return;
      }
    }
    problems.add(action + ": " + path + "/" + name + " is not a member of " + shapeName);
  }

  private void walkValue(String action, String shapeName, Element element, String path, List<String> problems) {
    Map<String, Object> shape = map(shapes.get(shapeName));
    String type = shape.get("type").toString();
    List<Element> kids = children(element);
    switch (type) {
      case "structure":
        for (Element kid : kids) {
          walkStructure(action, shapeName, kid, path, problems);
        }
        break;
      case "list":
        Map<String, Object> member = map(shape.get("member"));
        String itemName = member.containsKey("locationName") ? member.get("locationName").toString() : "item";
        for (Element kid : kids) {
          if (!kid.getTagName().equals(itemName)) {
            problems.add(action + ": " + path + "/" + kid.getTagName() + " should be <" + itemName + ">");
          } else {
            walkValue(action, member.get("shape").toString(), kid, path + "/" + itemName, problems);
          }
        }
        break;
      default:
        if (!kids.isEmpty()) {
          problems.add(action + ": " + path + " is a " + type + " but holds <" + kids.get(0).getTagName() + ">");
        }
    }
  }

  /** The parameter names read that are not members of the action's input shape. */
  List<String> requestViolations(String action, Collection<String> names) {
    List<String> problems = new ArrayList<>();
    String input = map(map(operations.get(action)).get("input")).get("shape").toString();
    for (String name : names) {
      if (!PROTOCOL.contains(name) && !resolves(input, name.split("\\."), 0)) {
        problems.add(action + ": parameter " + name + " is not in " + input);
      }
    }
    return problems;
  }

  private boolean resolves(String shapeName, String[] parts, int i) {
    Map<String, Object> shape = map(shapes.get(shapeName));
    String type = shape.get("type").toString();
    if (i == parts.length) {
      // A name must end at a value: a bare list or structure name is not something EC2 reads.
      return !type.equals("list") && !type.equals("structure");
    }
    if (type.equals("list")) {
      return parts[i].matches("[1-9][0-9]*")
          && resolves(map(shape.get("member")).get("shape").toString(), parts, i + 1);
    }
    if (!type.equals("structure")) {
      return false;
    }
    for (Map.Entry<String, Object> m : map(shape.get("members")).entrySet()) {
      Map<String, Object> member = map(m.getValue());
      if (queryName(m.getKey(), member).equals(parts[i])) {
        return resolves(member.get("shape").toString(), parts, i + 1);
      }
    }
    return false;
  }

  /** The EC2 protocol's spelling of a member in a request. */
  static String queryName(String memberName, Map<String, Object> member) {
    if (member.containsKey("queryName")) {
      return member.get("queryName").toString();
    }
    if (member.containsKey("locationName")) {
      String l = member.get("locationName").toString();
      return Character.toUpperCase(l.charAt(0)) + l.substring(1);
    }
    return memberName;
  }

  private static Element parse(String xml) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
          .getDocumentElement();
    } catch (Exception e) {
      throw new IllegalArgumentException("not well-formed XML: " + xml, e);
    }
  }

  private static List<Element> children(Element e) {
    List<Element> kids = new ArrayList<>();
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element element) {
        kids.add(element);
      }
    }
    return kids;
  }
}
