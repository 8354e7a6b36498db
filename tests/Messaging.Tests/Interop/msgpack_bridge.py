"""Python's msgpack on the other side of the interop tests.

Reads one JSON request on stdin and writes one JSON answer on stdout. Values travel in the "spec" form that
tests/Messaging.Tests/Infrastructure/Spec.cs documents: ["int", "-129"], ["str", "text"], ["array", [...]], ...

  unpack  {"documents": [base64, ...], "timestamp": 0 | 3}
          -> [spec, ...]: each document decoded with msgpack.unpackb and described
  pack    {"values": [spec, ...]}
          -> [hex, ...]: each value built as a Python object and encoded with msgpack.packb

Exit code 3 means msgpack is not importable: the C# side turns that into a failing test with this message.
"""

import base64
import datetime
import json
import struct
import sys

try:
    import msgpack
except ImportError as error:
    sys.stderr.write(
        f"The Python package msgpack is not importable by {sys.executable} ({error}). "
        "Install it with 'apt-get install python3-msgpack'; CI installs it before running the tests.\n"
    )
    sys.exit(3)


class Pairs(list):
    """A decoded map, kept as its (key, value) pairs in wire order so nothing is merged or reordered."""


def describe(value):
    if value is None:
        return ["nil"]
    if isinstance(value, bool):  # before int: bool is an int in Python
        return ["bool", value]
    if isinstance(value, int):
        return ["int", str(value)]
    if isinstance(value, float):
        return ["float64", struct.pack(">d", value).hex()]
    if isinstance(value, str):
        return ["str", value]
    if isinstance(value, bytes):
        return ["bin", value.hex()]
    if isinstance(value, Pairs):
        return ["map", [[describe(k), describe(v)] for k, v in value]]
    if isinstance(value, list):
        return ["array", [describe(item) for item in value]]
    if isinstance(value, msgpack.Timestamp):
        return ["ts", str(value.seconds), value.nanoseconds]
    if isinstance(value, datetime.datetime):
        return ["datetime", value.isoformat()]
    if isinstance(value, msgpack.ExtType):
        return ["ext", value.code, value.data.hex()]
    raise TypeError(f"cannot describe {type(value).__name__}: {value!r}")


def build(spec):
    kind = spec[0]
    if kind == "nil":
        return None
    if kind == "bool":
        return spec[1]
    if kind == "int":
        return int(spec[1])
    if kind == "float64":
        return struct.unpack(">d", bytes.fromhex(spec[1]))[0]
    if kind == "str":
        return spec[1]
    if kind == "bin":
        return bytes.fromhex(spec[1])
    if kind == "array":
        return [build(item) for item in spec[1]]
    if kind == "map":
        return {build(key): build(value) for key, value in spec[1]}
    if kind == "ext":
        return msgpack.ExtType(spec[1], bytes.fromhex(spec[2]))
    if kind == "ts":
        return msgpack.Timestamp(int(spec[1]), spec[2])
    if kind == "datetime":  # an aware datetime, packed through datetime=True
        return datetime.datetime.fromisoformat(spec[1])
    raise ValueError(f"cannot build {spec!r}")


def has_float32(spec):
    kind = spec[0]
    if kind == "float32":
        return True
    if kind == "array":
        return any(has_float32(item) for item in spec[1])
    if kind == "map":
        return any(has_float32(key) or has_float32(value) for key, value in spec[1])
    return False


def encode(spec):
    if not has_float32(spec):
        return msgpack.packb(build(spec), use_bin_type=True, datetime=True)
    # packb's use_single_float applies to a whole call, so a float32 next to float64 values needs its
    # collection encoded element by element; the headers still come from msgpack's Packer.
    kind = spec[0]
    if kind == "array":
        items = spec[1]
        return msgpack.Packer().pack_array_header(len(items)) + b"".join(encode(item) for item in items)
    if kind == "map":
        entries = spec[1]
        return msgpack.Packer().pack_map_header(len(entries)) + b"".join(encode(k) + encode(v) for k, v in entries)
    return msgpack.packb(struct.unpack(">f", bytes.fromhex(spec[1]))[0], use_single_float=True)


def unpack(request):
    timestamp = request.get("timestamp", 0)
    return [
        describe(msgpack.unpackb(base64.b64decode(document), raw=False, timestamp=timestamp,
                                 strict_map_key=False, object_pairs_hook=Pairs))
        for document in request["documents"]
    ]


def pack(request):
    return [encode(spec).hex() for spec in request["values"]]


def main():
    command = sys.argv[1]
    request = json.load(sys.stdin)
    answer = {"unpack": unpack, "pack": pack}[command](request)
    # json.dumps, not json.dump: only the one-shot call uses the C encoder, and the answers run to megabytes.
    sys.stdout.write(json.dumps(answer))


if __name__ == "__main__":
    main()
