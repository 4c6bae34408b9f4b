#!/usr/bin/env python3
"""Extracts the part of the EC2 and SSM service models that ami4j's tests check against.

The full models (botocore, Apache License 2.0) are large; the tests need only the operations
ami4j speaks and the shapes they reach. Run from the repository root:

    python3 tools/extract-aws-models.py /path/to/aws-models

It writes ami-testkit/src/test/resources/aws-models/{ec2,ssm}-subset.json with the source noted
inside, and copies the licence and notice next to them. The build never reads the full models.
"""
import json
import os
import shutil
import sys

EC2_OPERATIONS = [
    "DescribeImages", "CreateImage", "RegisterImage", "CopyImage", "DeregisterImage",
    "DescribeImageAttribute", "ModifyImageAttribute", "ResetImageAttribute",
    "CancelImageLaunchPermission", "EnableImageDeprecation", "DisableImageDeprecation",
    "EnableImageDeregistrationProtection", "DisableImageDeregistrationProtection",
    "DisableImage", "EnableImage", "ListImagesInRecycleBin", "RestoreImageFromRecycleBin",
    "DescribeImageReferences", "GetImageBlockPublicAccessState", "EnableImageBlockPublicAccess",
    "DisableImageBlockPublicAccess", "DescribeSnapshots", "DeleteSnapshot",
    "DescribeSnapshotAttribute", "ModifySnapshotAttribute", "RunInstances", "DescribeInstances",
    "TerminateInstances", "CreateTags", "DeleteTags", "DescribeTags",
]
SSM_OPERATIONS = ["GetParameter", "GetParameters", "GetParametersByPath"]


def strip(shape):
    """Keeps what a wire check needs: types, members, wire names, list members; drops prose."""
    out = {k: v for k, v in shape.items() if k not in ("documentation",)}
    if "members" in out:
        out["members"] = {
            name: {k: v for k, v in m.items() if k != "documentation"}
            for name, m in out["members"].items()
        }
    if "member" in out:
        out["member"] = {k: v for k, v in out["member"].items() if k != "documentation"}
    return out


def reachable(model, roots):
    shapes = model["shapes"]
    seen, todo = set(), list(roots)
    while todo:
        name = todo.pop()
        if name in seen or name not in shapes:
            continue
        seen.add(name)
        s = shapes[name]
        for m in s.get("members", {}).values():
            todo.append(m["shape"])
        for key in ("member", "key", "value"):
            if key in s:
                todo.append(s[key]["shape"])
    return seen


def subset(path, operations):
    model = json.load(open(path))
    ops = {name: {k: v for k, v in model["operations"][name].items() if k != "documentation"}
           for name in operations}
    roots = [o[k]["shape"] for o in ops.values() for k in ("input", "output") if k in o]
    names = reachable(model, roots)
    return {
        "source": "botocore " + os.path.basename(path) + " (Apache License 2.0, see LICENSE.txt and NOTICE)",
        "metadata": model["metadata"],
        "operations": ops,
        "shapes": {n: strip(model["shapes"][n]) for n in sorted(names)},
    }


def main():
    src = sys.argv[1]
    dst = "ami-testkit/src/test/resources/aws-models"
    os.makedirs(dst, exist_ok=True)
    for name, ops, out in (("ec2-2016-11-15.service-2.json", EC2_OPERATIONS, "ec2-subset.json"),
                           ("ssm-2014-11-06.service-2.json", SSM_OPERATIONS, "ssm-subset.json")):
        with open(os.path.join(dst, out), "w") as f:
            json.dump(subset(os.path.join(src, name), ops), f, indent=1, sort_keys=True)
            f.write("\n")
    for extra in ("LICENSE.txt", "NOTICE"):
        shutil.copy(os.path.join(src, extra), os.path.join(dst, extra))


if __name__ == "__main__":
    main()
